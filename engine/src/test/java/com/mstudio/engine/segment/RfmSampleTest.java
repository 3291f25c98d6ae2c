package com.mstudio.engine.segment;

import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.RfmColumns;
import com.mstudio.engine.api.SegmentProfile;
import com.mstudio.engine.api.SegmentationRequest;
import com.mstudio.engine.api.SegmentationResult;
import com.mstudio.engine.data.Dataset;
import com.mstudio.engine.runtime.JobEngine;
import com.mstudio.engine.testsupport.ChurnData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

/** RFM on samples/transactions.csv (one row per order), and the same customers pre-aggregated. */
class RfmSampleTest {
    private static JobEngine engine;
    private static DefaultSegmentService service;
    private static Dataset orders;
    private static SegmentationResult result;

    @BeforeAll
    static void start() {
        engine = SegmentTestSupport.engine();
        service = SegmentTestSupport.service(engine);
        orders = SegmentTestSupport.importFile(SegmentTestSupport.TRANSACTIONS);
        result = SegmentTestSupport.run(service, orders, SegmentationRequest.rfm(service.detectRfm(orders).orElseThrow()));
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void everyNamedGroupHasCustomersAndTheCountsAddUp() {
        for (SegmentProfile p : result.profiles()) System.out.printf("  %-20s %4d  %s  %s%n", p.name(), p.size(), p.description(), p.topFeatures());
        assertEquals(RfmColumns.transactions("customer_id", "order_date", "amount"), result.model().rfm().columns());
        assertEquals(9, result.k());
        assertEquals(RfmGroups.NAMES, result.profiles().stream().map(SegmentProfile::name).toList());
        assertEquals(2000, result.segmented().rowCount(), "one row per customer");
        assertEquals(2000, result.profiles().stream().mapToInt(SegmentProfile::size).sum());
        assertEquals(1.0, result.profiles().stream().mapToDouble(SegmentProfile::share).sum(), 1e-9);
        for (SegmentProfile p : result.profiles()) assertTrue(p.size() > 0, p.name() + " is empty");

        DataTable t = result.segmented();
        double orderCount = 0;
        for (int row = 0; row < t.rowCount(); row++) orderCount += t.number(row, t.indexOf("frequency"));
        assertEquals(orders.rowCount(), (int) orderCount, "every order counted once");

        // The groups mean what their names say: Champions bought more recently, more often and more than the Lost.
        SegmentProfile champions = result.profiles().get(RfmGroups.CHAMPIONS), lost = result.profiles().get(RfmGroups.LOST);
        assertTrue(value(champions, "recency") < value(lost, "recency"));
        assertTrue(value(champions, "frequency") > value(lost, "frequency"));
        assertTrue(value(champions, "monetary") > value(lost, "monetary"));
        assertTrue(value(result.profiles().get(RfmGroups.NEW), "frequency") < 2);
        assertTrue(champions.description().startsWith("Last bought "), champions.description());
        assertEquals(3, result.distributions().size());
        assertEquals(2000, result.projection().x().length);
    }

    @Test
    void preAggregatedMeasuresGiveTheSameGroups(@TempDir Path dir) throws Exception {
        DataTable t = result.segmented();
        StringBuilder csv = new StringBuilder("customer,recency,frequency,monetary\n");
        for (int row = 0; row < t.rowCount(); row++) {
            csv.append(t.text(row, 0)).append(',').append(t.text(row, t.indexOf("recency"))).append(',')
                    .append(t.text(row, t.indexOf("frequency"))).append(',').append(t.text(row, t.indexOf("monetary"))).append('\n');
        }
        Dataset perCustomer = SegmentTestSupport.csv(dir, "rfm.csv", csv.toString());
        Optional<RfmColumns> detected = service.detectRfm(perCustomer);
        assertEquals(Optional.of(RfmColumns.aggregated("customer", "recency", "frequency", "monetary")), detected);
        SegmentationResult aggregated = SegmentTestSupport.run(service, perCustomer, SegmentationRequest.rfm(detected.get()));
        assertArrayEquals(result.assignments(), aggregated.assignments());
        assertEquals(perCustomer.columnCount() + 2, aggregated.segmented().columnCount(), "the user's rows and columns, plus segment and name");
        assertArrayEquals(result.model().rfm().monetaryCuts(), aggregated.model().rfm().monetaryCuts());
    }

    @Test
    void detectionFindsNothingWhereThereIsNoRfm() {
        assertEquals(Optional.empty(), service.detectRfm(ChurnData.load()));
    }

    @Test
    void suggestionsLeaveOutIdentifiersAndDates() {
        var suggested = service.suggestFeatures(orders, java.util.List.of());
        assertEquals(java.util.List.of("amount", "channel", "country"), suggested);
        assertEquals(java.util.List.of("amount", "channel"), service.suggestFeatures(orders, java.util.List.of("country")));
        assertEquals(3, new HashSet<>(suggested).size());
    }

    private static double value(SegmentProfile p, String feature) {
        return KMeansSegmentationTest.contrast(p, feature).segmentValue();
    }
}
