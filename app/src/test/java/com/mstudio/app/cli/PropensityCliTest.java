package com.mstudio.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static com.mstudio.app.cli.CliTest.cli;
import static com.mstudio.app.cli.CliTest.sample;
import static org.junit.jupiter.api.Assertions.*;

/** train-propensity and score end to end on the Telco sample, with few epochs so the suite stays quick. */
class PropensityCliTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir static Path dir;
    static Path models;
    static List<JsonNode> trained;

    @BeforeAll
    static void trainBoth() throws IOException {
        models = dir.resolve("models");
        CliTest.Run r = cli("train-propensity", sample("wa_churn.csv").toString(), "--target", "churn", "--positive", "Yes",
                "--epochs", "6", "--seed", "7", "--out", models.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        trained = new ArrayList<>();
        for (String line : r.out().strip().split("\n")) trained.add(JSON.readTree(line));
    }

    @Test
    void anImportanceIsShownAsTheSignedChangeInAucNeverWithTwoMinusSigns() {
        assertEquals("-0.120", PropensityReport.aucChange(0.12));
        assertEquals("+0.428", PropensityReport.aucChange(-0.428));
        assertEquals("+0.000", PropensityReport.aucChange(0.0));
    }

    @Test
    void trainingBothPrintsOneJsonObjectPerModelAndSavesThem() {
        assertEquals(List.of("mlp", "logistic"), trained.stream().map(j -> j.get("model").asText()).toList());
        for (JsonNode j : trained) {
            System.out.printf("CLI train-propensity on Telco: %s test ROC AUC %.4f, accuracy %.3f, F1 %.3f, top %s%n",
                    j.get("model").asText(), j.get("auc").asDouble(), j.get("accuracy").asDouble(), j.get("f1").asDouble(),
                    j.get("top_features"));
            assertTrue(j.get("auc").asDouble() >= 0.8, "test ROC AUC " + j.get("auc"));
            for (String k : List.of("accuracy", "precision", "recall", "f1")) {
                assertTrue(j.get(k).asDouble() > 0 && j.get(k).asDouble() <= 1, k + " " + j.get(k));
            }
            assertEquals(1409, j.get("test_rows").asInt(), "20% of 7,043 rows, stratified");
            assertEquals(5, j.get("top_features").size());
            assertTrue(Files.isRegularFile(models.resolve(j.get("model").asText() + ".propensity.zip")));
        }
    }

    @Test
    void scoreWritesEveryRowWithThePropensityAndItsDecile() throws Exception {
        Path out = dir.resolve("scored.csv");
        CliTest.Run r = cli("score", sample("wa_churn.csv").toString(), "--model", models.resolve("mlp.propensity.zip").toString(),
                "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Scored 7,043 rows"), r.out());
        CliTest.Run back = cli("import", out.toString(), "--json");
        assertEquals(0, back.code(), back.err());
        JsonNode json = JSON.readTree(back.out());
        assertEquals(7043, json.get("rows_imported").asInt());
        assertEquals(0, json.get("rows_rejected").asInt());
        JsonNode columns = json.get("columns");
        assertEquals(22, columns.size());
        assertEquals("propensity", columns.get(20).get("name").asText());
        assertEquals("decimal", columns.get(20).get("type").asText());
        assertEquals("propensity_decile", columns.get(21).get("name").asText());
        assertEquals("integer", columns.get(21).get("type").asText());
        assertEquals(0, columns.get(20).get("missing").asInt(), "every row scored");
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(7044, lines.size());
        long top = lines.stream().skip(1).filter(l -> l.endsWith(",1")).count();
        assertTrue(top >= 700 && top <= 710, "about a tenth of the rows in decile 1: " + top);
    }

    @Test
    void scoredTextThatASpreadsheetWouldRunIsEscaped() throws Exception {
        List<String> lines = Files.readAllLines(sample("wa_churn.csv"), StandardCharsets.UTF_8).subList(0, 41);
        List<String> withNotes = new ArrayList<>(List.of(lines.get(0) + ",\"note\""));
        for (String l : lines.subList(1, lines.size())) withNotes.add(l + ",\"=HYPERLINK(\"\"http://x\"\")\"");
        Path in = dir.resolve("noted.csv");
        Files.write(in, withNotes, StandardCharsets.UTF_8);
        Path out = dir.resolve("noted_scored.csv");
        CliTest.Run r = cli("score", in.toString(), "--model", models.resolve("logistic.propensity.zip").toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> written = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(41, written.size());
        assertTrue(written.get(1).contains("'=HYPERLINK"), written.get(1));
    }

    @Test
    void aCorruptModelExitsTwoNamingTheFile() throws IOException {
        Path bad = dir.resolve("broken.propensity.zip");
        byte[] good = Files.readAllBytes(models.resolve("logistic.propensity.zip"));
        Files.write(bad, java.util.Arrays.copyOf(good, good.length / 2));
        CliTest.Run r = cli("score", sample("wa_churn.csv").toString(), "--model", bad.toString(), "--out", dir.resolve("x.csv").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("broken.propensity.zip") && r.err().contains("damaged"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(dir.resolve("x.csv")));
    }

    @Test
    void aSeparateTestFileIsUsedInsteadOfASplit() throws IOException {
        List<String> lines = Files.readAllLines(sample("wa_churn.csv"), StandardCharsets.UTF_8);
        Path train = dir.resolve("churn_train.csv");
        Path test = dir.resolve("churn_test.csv");
        Files.write(train, lines.subList(0, 5001));
        List<String> testLines = new ArrayList<>(List.of(lines.get(0)));
        testLines.addAll(lines.subList(5001, lines.size()));
        Files.write(test, testLines);
        CliTest.Run r = cli("train-propensity", train.toString(), "--target", "churn", "--positive", "Yes", "--model", "logistic",
                "--test", test.toString(), "--out", dir.resolve("fixed").toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = JSON.readTree(r.out().strip());
        assertEquals("logistic", j.get("model").asText());
        assertEquals(testLines.size() - 1, j.get("test_rows").asInt(), "every row of the test file");
        assertEquals(2043, testLines.size() - 1);
        System.out.printf("CLI --test: logistic ROC AUC %.4f on the 2,043 rows of a separate file%n", j.get("auc").asDouble());
        assertTrue(j.get("auc").asDouble() >= 0.8, j.toString());
    }

    @Test
    void textOutputComparesTheModelsAndSaysWhatTheTopFifthReaches() {
        CliTest.Run r = cli("train-propensity", sample("wa_churn.csv").toString(), "--target", "churn", "--positive", "Yes",
                "--epochs", "3", "--out", dir.resolve("text").toString());
        assertEquals(0, r.code(), r.err());
        System.out.println(r.out());
        assertTrue(r.out().contains("Split (seed 42): "), r.out());
        assertTrue(r.out().contains("Imbalance: "), r.out());
        assertTrue(r.out().matches("(?s).*contacting the top 20% reaches \\d+% of the churn = Yes rows.*"), r.out());
        assertTrue(r.out().contains("Logistic regression") && r.out().contains("Neural network (MLP)"), r.out());
        assertTrue(r.out().contains("rank customers") || r.out().contains("ranks customers"), "says whether the MLP earns its keep");
    }

    @Test
    void badInputExitsTwoWithThePlainMessage() {
        String file = sample("wa_churn.csv").toString();
        CliTest.Run noColumn = cli("train-propensity", file, "--target", "churned", "--positive", "Yes", "--out", dir.toString());
        assertEquals(2, noColumn.code(), noColumn.err());
        assertTrue(noColumn.err().contains("churned"), noColumn.err());
        CliTest.Run noValue = cli("train-propensity", file, "--target", "churn", "--positive", "Maybe", "--out", dir.toString());
        assertEquals(2, noValue.code(), noValue.err());
        assertTrue(noValue.err().contains("Maybe"), noValue.err());
        CliTest.Run badFeature = cli("train-propensity", file, "--target", "churn", "--positive", "Yes", "--columns", "tenure,shoe_size");
        assertEquals(2, badFeature.code());
        assertTrue(badFeature.err().contains("shoe_size"), badFeature.err());
        CliTest.Run noTarget = cli("train-propensity", file, "--positive", "Yes");
        assertEquals(2, noTarget.code());
        assertTrue(noTarget.err().contains("--target"), noTarget.err());
        CliTest.Run missingColumn = cli("score", sample("messy_customers.csv").toString(), "--model",
                models.resolve("logistic.propensity.zip").toString(), "--out", dir.resolve("y.csv").toString());
        assertEquals(2, missingColumn.code(), missingColumn.err());
        assertTrue(missingColumn.err().contains("no column"), missingColumn.err());
        for (CliTest.Run r : List.of(noColumn, noValue, badFeature, noTarget, missingColumn)) {
            assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        }
    }
}
