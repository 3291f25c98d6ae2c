package com.mstudio.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static com.mstudio.app.cli.CliTest.cli;
import static com.mstudio.app.cli.CliTest.sample;
import static org.junit.jupiter.api.Assertions.*;

/** {@code studio segment} end to end on the samples: the JSON contract, RFM, files, assignment, errors, determinism. */
class SegmentCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void telcoWithFourSegmentsFollowsTheJsonContract() throws Exception {
        CliTest.Run r = cli("segment", sample("wa_churn.csv").toString(), "--k", "4", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode json = JSON.readTree(r.out());
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("k", "method", "silhouette", "segments"), keys.subList(0, 4), "the contract's keys come first");
        assertEquals(4, json.get("k").asInt());
        assertEquals("kmeans", json.get("method").asText());
        double silhouette = json.get("silhouette").asDouble();
        assertTrue(json.get("silhouette").isNumber() && silhouette > -1 && silhouette <= 1, "silhouette " + json.get("silhouette"));
        assertEquals(4, json.get("segments").size());
        long total = 0;
        for (int i = 0; i < 4; i++) {
            JsonNode s = json.get("segments").get(i);
            assertEquals(i, s.get("id").asInt());
            assertFalse(s.get("name").asText().isBlank());
            assertFalse(s.get("description").asText().isBlank());
            assertTrue(s.get("top_features").isArray() && s.get("top_features").size() > 0, s.toString());
            assertTrue(s.get("size").asInt() > 0);
            total += s.get("size").asLong();
        }
        assertEquals(7043, total, "every row is in exactly one segment");
        assertEquals(0, json.get("k_scan").size(), "k was fixed, so nothing was scanned");
        for (JsonNode c : json.get("columns")) {
            assertNotEquals("customer_id", c.asText(), "identifiers are left out of the default features");
        }
    }

    @Test
    void autoKIsTheDefaultAndShowsItsScores() throws Exception {
        CliTest.Run r = cli("segment", sample("wa_churn.csv").toString(), "--json", "--columns", "tenure,monthly_charges,contract");
        assertEquals(0, r.code(), r.err());
        JsonNode json = JSON.readTree(r.out());
        JsonNode scan = json.get("k_scan");
        assertTrue(scan.size() >= 2, json.toString());
        boolean chosenWasScanned = false;
        for (JsonNode s : scan) chosenWasScanned |= s.get("k").asInt() == json.get("k").asInt();
        assertTrue(chosenWasScanned, "k comes from the scan");
        assertEquals(List.of("tenure", "monthly_charges", "contract"), JSON.convertValue(json.get("columns"), List.class));
    }

    @Test
    void rfmOnTransactionsNamesTheGroups() throws Exception {
        CliTest.Run r = cli("segment", sample("transactions.csv").toString(), "--rfm", "id=customer_id,date=order_date,amount=amount", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode json = JSON.readTree(r.out());
        assertEquals("rfm", json.get("method").asText());
        assertTrue(json.get("silhouette").isNull(), "RFM has no silhouette");
        long total = 0;
        List<String> names = new ArrayList<>();
        for (JsonNode s : json.get("segments")) {
            total += s.get("size").asLong();
            names.add(s.get("name").asText());
        }
        assertEquals(2000, total, "one row per customer");
        assertTrue(names.contains("Champions"), names.toString());
        assertTrue(names.stream().allMatch(n -> List.of("Champions", "Loyal", "Potential loyalist", "New", "Needs attention", "At risk",
                "Can't lose", "Hibernating", "Lost").contains(n)), names.toString());
        // Detection finds the same columns.
        CliTest.Run auto = cli("segment", sample("transactions.csv").toString(), "--rfm", "auto", "--json");
        assertEquals(0, auto.code(), auto.err());
        assertEquals(withoutFiles(json), withoutFiles(JSON.readTree(auto.out())));
    }

    @Test
    void aMissingColumnExitsTwoAndNamesIt() {
        CliTest.Run r = cli("segment", sample("wa_churn.csv").toString(), "--columns", "tenure,lifetime_value");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("Error: "), r.err());
        assertTrue(r.err().contains("lifetime_value"), r.err());
        assertTrue(r.err().contains("wa_churn.csv"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());

        CliTest.Run rfm = cli("segment", sample("transactions.csv").toString(), "--rfm", "id=customer_id,date=when,amount=amount");
        assertEquals(2, rfm.code(), rfm.err());
        assertTrue(rfm.err().contains("\"when\""), rfm.err());

        CliTest.Run badK = cli("segment", sample("wa_churn.csv").toString(), "--k", "lots");
        assertEquals(2, badK.code());
        assertTrue(badK.err().contains("lots"), badK.err());

        CliTest.Run badRfm = cli("segment", sample("transactions.csv").toString(), "--rfm", "id=customer_id,date=order_date");
        assertEquals(2, badRfm.code());
        assertTrue(badRfm.err().contains("amount"), badRfm.err());

        CliTest.Run tooMany = cli("segment", sample("wa_churn.csv").toString(), "--k", "5000", "--columns", "tenure");
        assertEquals(2, tooMany.code(), tooMany.err());
    }

    @Test
    void theSameSeedWritesTheSameFiles(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        CliTest.Run first = cli("segment", sample("wa_churn.csv").toString(), "--seed", "7", "--out", a.toString(), "--json");
        CliTest.Run second = cli("segment", sample("wa_churn.csv").toString(), "--seed", "7", "--out", b.toString(), "--json");
        assertEquals(0, first.code(), first.err());
        assertEquals(0, second.code(), second.err());
        assertEquals(withoutFiles(JSON.readTree(first.out())), withoutFiles(JSON.readTree(second.out())));
        for (String f : List.of("segmented.csv", "segment-report.html", "segmentation.json")) {
            assertTrue(Files.isRegularFile(a.resolve(f)), f);
        }
        assertArrayEquals(Files.readAllBytes(a.resolve("segmented.csv")), Files.readAllBytes(b.resolve("segmented.csv")),
                "segmented.csv is byte-identical");
        assertEquals(withoutCreatedAt(a.resolve("segmentation.json")), withoutCreatedAt(b.resolve("segmentation.json")));
        assertEquals(withoutDate(a.resolve("segment-report.html")), withoutDate(b.resolve("segment-report.html")));

        List<String> csv = Files.readAllLines(a.resolve("segmented.csv"), StandardCharsets.UTF_8);
        assertEquals(7044, csv.size(), "a header and every row");
        String originalHeader = Files.readAllLines(sample("wa_churn.csv"), StandardCharsets.UTF_8).get(0).replace("\uFEFF", "").replace("\"", "");
        assertEquals(originalHeader + ",segment,segment_name", csv.get(0), "every original column plus the two segment columns");
        String html = Files.readString(a.resolve("segment-report.html"));
        assertTrue(html.contains("wa_churn.csv"), "the report names its source");
    }

    @Test
    void aSavedSegmentationAssignsAFileToTheSameSegments(@TempDir Path dir) throws Exception {
        Path fitted = dir.resolve("fitted");
        Path assigned = dir.resolve("assigned");
        CliTest.Run fit = cli("segment", sample("wa_churn.csv").toString(), "--k", "3", "--out", fitted.toString());
        assertEquals(0, fit.code(), fit.err());
        CliTest.Run apply = cli("segment", sample("wa_churn.csv").toString(), "--assign", fitted.resolve("segmentation.json").toString(),
                "--out", assigned.toString(), "--json");
        assertEquals(0, apply.code(), apply.err());
        assertEquals(3, JSON.readTree(apply.out()).get("k").asInt());
        assertArrayEquals(Files.readAllBytes(fitted.resolve("segmented.csv")), Files.readAllBytes(assigned.resolve("segmented.csv")),
                "the same rows land in the same named segments");

        CliTest.Run mixed = cli("segment", sample("wa_churn.csv").toString(), "--assign", fitted.resolve("segmentation.json").toString(), "--k", "4");
        assertEquals(2, mixed.code());
        assertTrue(mixed.err().contains("--k"), mixed.err());
        CliTest.Run missingModel = cli("segment", sample("wa_churn.csv").toString(), "--assign", dir.resolve("nope.json").toString());
        assertEquals(2, missingModel.code());
        assertTrue(missingModel.err().contains("nope.json"), missingModel.err());
    }

    @Test
    void humanOutputListsTheSegments() {
        CliTest.Run r = cli("segment", sample("wa_churn.csv").toString(), "--columns", "tenure,monthly_charges,contract");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("wa_churn.csv: 7,043 rows in"), r.out());
        assertTrue(r.out().contains("<- chosen"), r.out());
        assertTrue(r.out().contains("top: "), r.out());
        assertFalse(r.out().trim().startsWith("{"));
    }

    private static JsonNode withoutFiles(JsonNode json) {
        ObjectNode copy = json.deepCopy();
        copy.remove("files");
        return copy;
    }

    private static JsonNode withoutCreatedAt(Path modelFile) throws Exception {
        ObjectNode json = (ObjectNode) JSON.readTree(modelFile.toFile());
        assertTrue(json.has("createdAt") || json.toString().contains("created"), "the model records when it was made");
        removeCreated(json);
        return json;
    }

    private static void removeCreated(ObjectNode json) {
        for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (f.toLowerCase().startsWith("created")) it.remove();
        }
    }

    /** The report names the day it was made; everything else must match. */
    private static String withoutDate(Path report) throws Exception {
        return Files.readString(report).replaceAll("Segmented on [0-9]{1,2} [A-Za-z]+ [0-9]{4}", "Segmented on DATE");
    }
}
