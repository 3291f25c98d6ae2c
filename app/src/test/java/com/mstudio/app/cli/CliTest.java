package com.mstudio.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** The CLI end to end on real files: output contract, exit codes, and no stack traces. */
class CliTest {
    record Run(int code, String out, String err) {}

    static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Path sample(String name) {
        Path p = Path.of("..", "samples", name);
        assertTrue(Files.isRegularFile(p), "sample missing: " + p.toAbsolutePath());
        return p;
    }

    @Test
    void importJsonFollowsTheContractAndCountsAddUp() throws Exception {
        Run r = cli("import", sample("wa_churn.csv").toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(7043, json.get("rows_read").asLong());
        assertEquals(json.get("rows_read").asLong(), json.get("rows_imported").asLong() + json.get("rows_rejected").asLong());
        assertEquals(20, json.get("columns").size());
        assertEquals("UTF-8", json.get("encoding").asText());
        assertEquals(",", json.get("delimiter").asText());
        JsonNode total = null;
        for (JsonNode c : json.get("columns")) if (c.get("name").asText().equals("total_charges")) total = c;
        assertNotNull(total);
        assertEquals("decimal", total.get("type").asText());
        assertEquals(11, total.get("missing").asInt());
    }

    @Test
    void benchKmeansPrintsTheIssuesJsonKeysFirst() throws Exception {
        Run r = cli("bench", "kmeans", "--rows", "20000", "--repeat", "1", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        java.util.List<String> keys = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertEquals(java.util.List.of("seconds_per_iteration", "iterations", "seconds"), keys.subList(0, 3));
        int iterations = json.get("iterations").asInt();
        assertTrue(iterations >= 1 && iterations <= 300, "iterations " + iterations);
        assertTrue(json.get("converged").asBoolean());
        assertEquals(20000, json.get("rows").asInt());
        assertEquals(10, json.get("cols").asInt());
        assertEquals(8, json.get("k").asInt());
        double perIteration = json.get("seconds_per_iteration").asDouble();
        assertTrue(perIteration > 0, "seconds per iteration " + perIteration);
        assertTrue(json.get("seconds").asDouble() >= perIteration * iterations, "the total includes every iteration");
        System.out.println("PERF bench kmeans 20,000 x 10, k=8: " + r.out().trim());

        Run bad = cli("bench", "kmeans", "--rows", "5", "--k", "8");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--rows"), bad.err());
    }

    @Test
    void typeOverridesApply() throws Exception {
        Run r = cli("import", sample("wa_churn.csv").toString(), "--json", "--type", "tenure=decimal");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        for (JsonNode c : json.get("columns")) {
            if (c.get("name").asText().equals("tenure")) assertEquals("decimal", c.get("type").asText());
        }
    }

    @Test
    void humanOutputNamesTheDialectAndTheCounts() {
        Run r = cli("import", sample("messy_customers.csv").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("read"), r.out());
        assertTrue(r.out().contains("rejected"), r.out());
    }

    @Test
    void badInputExitsTwoWithAPlainMessageAndNoStackTrace(@TempDir Path dir) throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.csv"));
        Run r = cli("import", empty.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("Error: "), r.err());
        assertTrue(r.err().contains("empty.csv"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());

        Run missing = cli("import", dir.resolve("nope.csv").toString());
        assertEquals(2, missing.code(), missing.err());
        assertFalse(missing.err().contains("\tat "), missing.err());

        Run badOption = cli("import", empty.toString(), "--colour", "red");
        assertEquals(2, badOption.code());
        assertTrue(badOption.err().contains("--colour"), badOption.err());

        Run badType = cli("import", sample("wa_churn.csv").toString(), "--type", "tenure=money");
        assertEquals(2, badType.code());
        assertTrue(badType.err().contains("money"), badType.err());
    }

    @Test
    void debugShowsTheStackTrace(@TempDir Path dir) throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.csv"));
        Run r = cli("import", empty.toString(), "--debug");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("\tat "), r.err());
    }

    @Test
    void unknownCommandAndNoArgumentsPrintUsage() {
        Run r = cli("frobnicate");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("import FILE"), r.err());
    }
}
