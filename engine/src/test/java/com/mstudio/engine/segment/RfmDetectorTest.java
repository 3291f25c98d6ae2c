package com.mstudio.engine.segment;

import com.mstudio.engine.api.RfmColumns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

/** RFM columns found by name and type in files shaped like real exports. */
class RfmDetectorTest {
    @TempDir Path dir;

    private Optional<RfmColumns> detect(String csv) throws Exception {
        return RfmDetector.detect(SegmentTestSupport.csv(dir, "t.csv", csv));
    }

    @Test
    void shopExportWithCamelCaseNames() throws Exception {
        assertEquals(Optional.of(RfmColumns.transactions("CustomerID", "InvoiceDate", "Total")), detect(
                "InvoiceNo,CustomerID,InvoiceDate,Quantity,Total\n1,17850,2024-12-01,6,15.30\n2,17850,2024-12-02,2,4.10\n"
                        + "3,13047,2024-12-02,1,9.99\n4,13047,2024-12-05,3,22.00\n"));
    }

    @Test
    void aUnitPriceIsNotTheAmountSpent() throws Exception {
        assertEquals(Optional.empty(), detect(
                "InvoiceNo,CustomerID,InvoiceDate,Quantity,UnitPrice\n1,17850,2024-12-01,6,2.55\n2,17850,2024-12-02,2,2.05\n"
                        + "3,13047,2024-12-02,1,9.99\n4,13047,2024-12-05,3,7.33\n"));
    }

    @Test
    void theOrderDateIsPreferredOverOtherDates() throws Exception {
        assertEquals(Optional.of(RfmColumns.transactions("client_no", "order_date", "amount")), detect(
                "client_no,signup_date,order_date,amount\nA1,2020-01-01,2024-05-01,10\nA1,2020-01-01,2024-06-01,12\n"
                        + "B2,2021-03-04,2024-05-03,99\nB2,2021-03-04,2024-07-01,5\n"));
    }

    @Test
    void preAggregatedMeasures() throws Exception {
        assertEquals(Optional.of(RfmColumns.aggregated(null, "days_since_last_order", "orders", "total_spent")), detect(
                "days_since_last_order,orders,total_spent,region\n3,10,500.5,North\n40,2,20,South\n400,1,9.5,North\n"));
    }
}
