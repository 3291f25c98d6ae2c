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
import java.util.Arrays;
import java.util.List;

import static com.mstudio.app.cli.CliTest.cli;
import static com.mstudio.app.cli.CliTest.sample;
import static org.junit.jupiter.api.Assertions.*;

/** train-copy, classify and bench copy end to end on a slice of the SpamAssassin subjects, with few epochs. */
class CopyCliTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir static Path dir;
    static Path subjects;
    static int subjectRows;
    static Path model;
    static List<JsonNode> trained;

    /** Every 8th line of the sample: both classes, about 750 subject lines, quick to train on. */
    @BeforeAll
    static void trainBoth() throws IOException {
        List<String> lines = Files.readAllLines(sample("spam_subjects.csv"), StandardCharsets.UTF_8);
        List<String> slice = new ArrayList<>(List.of(lines.get(0)));
        for (int i = 1; i < lines.size(); i += 8) slice.add(lines.get(i));
        subjects = dir.resolve("subjects.csv");
        Files.write(subjects, slice, StandardCharsets.UTF_8);
        subjectRows = slice.size() - 1;
        model = dir.resolve("models").resolve("spam.copy.zip");
        CliTest.Run r = cli("train-copy", subjects.toString(), "--text", "subject", "--label", "label", "--epochs", "10",
                "--seed", "7", "--out", model.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        trained = new ArrayList<>();
        for (String line : r.out().strip().split("\n")) trained.add(JSON.readTree(line));
    }

    @Test
    void anEmptyTextIsRefusedNotClassified() {
        CliTest.Run r = cli("classify", "model.zip", "--text", "  ");
        assertEquals(Cli.BAD_INPUT, r.code());
        assertTrue(r.err().contains("--text is empty"), r.err());
    }

    @Test
    void trainingBothPrintsTheIssuesKeysPerModelAndSavesBoth() {
        assertEquals(List.of("attention", "baseline"), trained.stream().map(j -> j.get("model").asText()).toList());
        for (JsonNode j : trained) {
            List<String> keys = new ArrayList<>();
            j.fieldNames().forEachRemaining(keys::add);
            assertEquals(List.of("model", "accuracy", "macro_f1", "test_rows", "seconds_per_epoch"), keys.subList(0, 5));
            System.out.printf("CLI train-copy on %d SpamAssassin subjects: %s accuracy %.3f, macro-F1 %.3f, %.2f s/epoch%n",
                    subjectRows, j.get("model").asText(), j.get("accuracy").asDouble(), j.get("macro_f1").asDouble(),
                    j.get("seconds_per_epoch").asDouble());
            // About 69% of the subjects are ham. Ten epochs on 600 texts: the attention model must already beat always
            // saying ham; the TF-IDF baseline learns more slowly (the engine's own tests hold both to full-training floors).
            // Ten, not six: at six the seed decides whether a model has left "always ham" yet (hand-written network,
            // seeds 1/2/3/7: 0.754/0.821/0.748/0.702; the DL4J graph it replaced: 0.781/0.814/0.728/0.795).
            boolean attention = j.get("model").asText().equals("attention");
            double accuracy = j.get("accuracy").asDouble();
            double macroF1 = j.get("macro_f1").asDouble();
            assertTrue(accuracy > (attention ? 0.75 : 0.6) && accuracy <= 1, "accuracy " + accuracy);
            assertTrue(macroF1 > (attention ? 0.65 : 0.3) && macroF1 <= 1, "macro-F1 " + macroF1);
            int testRows = j.get("test_rows").asInt();
            assertTrue(Math.abs(testRows - 0.2 * subjectRows) <= 3, "20% held out, stratified: " + testRows);
            assertTrue(j.get("seconds_per_epoch").asDouble() > 0);
            assertEquals(2, j.get("precision").size());
        }
        assertEquals(16, trained.get(0).get("max_length").asInt(), "the length suggested for subject lines");
        assertEquals(model.toString(), trained.get(0).get("file").asText());
        Path baseline = model.resolveSibling("spam.copy-baseline.zip");
        assertEquals(baseline.toString(), trained.get(1).get("file").asText());
        assertTrue(Files.isRegularFile(model) && Files.isRegularFile(baseline));
    }

    @Test
    void maxLengthOverridesTheSuggestion() throws IOException {
        Path out = dir.resolve("short.copy.zip");
        CliTest.Run r = cli("train-copy", subjects.toString(), "--text", "subject", "--label", "label", "--model", "baseline",
                "--epochs", "1", "--max-length", "5", "--out", out.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = JSON.readTree(r.out().strip());
        assertEquals(5, j.get("max_length").asInt());
        assertTrue(j.get("truncated_share").asDouble() > 0.2, "subject lines longer than 5 tokens are cut: " + j);
        CliTest.Run bad = cli("train-copy", subjects.toString(), "--text", "subject", "--label", "label", "--max-length", "2",
                "--out", out.toString());
        assertEquals(Cli.BAD_INPUT, bad.code());
        assertTrue(bad.err().contains("--max-length"), bad.err());
    }

    @Test
    void withBothModelsTheBaselineGoesNextToTheGivenFile() {
        Path out = Path.of("models", "Spam.Copy.ZIP");
        assertEquals(out, TrainCopyCommand.fileFor(com.mstudio.engine.api.CopyModel.Kind.ATTENTION, out, true));
        assertEquals(Path.of("models", "Spam.Copy-baseline.zip"),
                TrainCopyCommand.fileFor(com.mstudio.engine.api.CopyModel.Kind.BASELINE, out, true));
        assertEquals(Path.of("m-baseline.zip"), TrainCopyCommand.fileFor(com.mstudio.engine.api.CopyModel.Kind.BASELINE, Path.of("m"), true));
        assertEquals(out, TrainCopyCommand.fileFor(com.mstudio.engine.api.CopyModel.Kind.BASELINE, out, false), "one model: the name given");
    }

    @Test
    void classifyOneTextPrintsTheLabelScoresAndTokenWeights() throws IOException {
        CliTest.Run r = cli("classify", model.toString(), "--text", "FREE money!!! Limited offer, click now", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = JSON.readTree(r.out().strip());
        List<String> keys = new ArrayList<>();
        j.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("label", "confidence", "scores", "tokens"), keys.subList(0, 4));
        assertTrue(List.of("ham", "spam").contains(j.get("label").asText()), j.toString());
        double ham = j.get("scores").get("ham").asDouble();
        double spam = j.get("scores").get("spam").asDouble();
        assertEquals(1.0, ham + spam, 1e-4);
        assertEquals(Math.max(ham, spam), j.get("confidence").asDouble(), 1e-9);
        List<String> tokens = new ArrayList<>();
        for (JsonNode t : j.get("tokens")) {
            tokens.add(t.get("token").asText());
            assertTrue(t.get("weight").isNumber(), t.toString());
        }
        assertTrue(tokens.contains("free") && tokens.contains("money"), "lower-cased words: " + tokens);
    }

    @Test
    void explainAttentionGivesSharesThatSumToOneAndSaysSo() throws IOException {
        String text = "FREE money!!! Limited offer, click now";
        JsonNode a = JSON.readTree(cli("classify", model.toString(), "--text", text, "--explain", "attention", "--json").out().strip());
        JsonNode o = JSON.readTree(cli("classify", model.toString(), "--text", text, "--explain", "occlusion", "--json").out().strip());
        assertEquals("attention", a.get("weight_kind").asText());
        assertEquals("occlusion", o.get("weight_kind").asText());
        assertEquals(o.get("label").asText(), a.get("label").asText());
        assertEquals(o.get("confidence").asDouble(), a.get("confidence").asDouble(), 1e-5);
        double sum = 0;
        for (JsonNode t : a.get("tokens")) {
            assertTrue(t.get("weight").asDouble() >= 0, t.toString());
            sum += t.get("weight").asDouble();
        }
        assertEquals(1.0, sum, 1e-4, a.toString());
        CliTest.Run text2 = cli("classify", model.toString(), "--text", text, "--explain", "attention");
        assertTrue(text2.out().contains("attention: the share of attention each token received"), text2.out());
    }

    @Test
    void explainAttentionOnTheBaselineOrAnUnknownKindIsRefusedInWords() {
        Path baseline = model.resolveSibling("spam.copy-baseline.zip");
        CliTest.Run r = cli("classify", baseline.toString(), "--text", "FREE money", "--explain", "attention");
        assertEquals(Cli.BAD_INPUT, r.code());
        assertTrue(r.err().contains("no attention weights") && r.err().contains("occlusion"), r.err());
        CliTest.Run bad = cli("classify", model.toString(), "--text", "FREE money", "--explain", "gradients");
        assertEquals(Cli.BAD_INPUT, bad.code());
        assertTrue(bad.err().contains("--explain must be occlusion or attention"), bad.err());
    }

    @Test
    void classifyInTextModeShowsBarsAndWeightedTokens() {
        CliTest.Run r = cli("classify", model.toString(), "--text", "Re: patch for the build script");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Label: "), r.out());
        assertTrue(r.out().contains("█") || r.out().contains("░"), r.out());
        assertTrue(r.out().matches("(?s).*patch\\?*\\([+-]\\d\\.\\d\\d\\).*"), r.out());
    }

    @Test
    void batchClassifyAddsLabelAndConfidenceToEveryRow() throws Exception {
        Path in = dir.resolve("to_label.csv");
        Files.writeString(in, "id,subject\n1,FREE cash prize inside\n2,Re: meeting notes for Tuesday\n3,限时优惠 今天 😀\n"
                + "4,\"=HYPERLINK(\"\"http://x\"\")\"\n5,\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("labelled.csv");
        CliTest.Run r = cli("classify", model.toString(), "--file", in.toString(), "--text", "subject", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Classified 5 rows"), r.out());
        CliTest.Run back = cli("import", out.toString(), "--json");
        assertEquals(0, back.code(), back.err());
        JsonNode json = JSON.readTree(back.out());
        assertEquals(5, json.get("rows_imported").asInt());
        JsonNode columns = json.get("columns");
        assertEquals(List.of("id", "subject", "label", "confidence"),
                List.of(columns.get(0).get("name").asText(), columns.get(1).get("name").asText(),
                        columns.get(2).get("name").asText(), columns.get(3).get("name").asText()));
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(6, lines.size());
        assertTrue(lines.get(3).contains("限时优惠"), lines.get(3));
        assertTrue(lines.get(4).contains("'=HYPERLINK"), "formula text escaped: " + lines.get(4));
        for (String line : lines.subList(1, 5)) assertTrue(line.matches(".*,(ham|spam),[01](\\.\\d+)?(E-?\\d+)?$"), line);
    }

    @Test
    void batchOnAFileWithItsOwnLabelKeepsItAndAddsPredictedColumns() throws Exception {
        // The training slice itself: "label,subject", its label column the truth to compare the model's answer with.
        Path out = dir.resolve("subjects-labelled.csv");
        CliTest.Run r = cli("classify", model.toString(), "--file", subjects.toString(), "--text", "subject", "--out",
                out.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode json = JSON.readTree(r.out());
        assertEquals("predicted_label", json.get("label_column").asText());
        assertEquals("predicted_confidence", json.get("confidence_column").asText());
        List<String> in = Files.readAllLines(subjects, StandardCharsets.UTF_8);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals("label,subject,predicted_label,predicted_confidence", lines.get(0));
        assertEquals(in.size(), lines.size());
        int agree = 0;
        for (int i = 1; i < lines.size(); i++) {
            String truth = in.get(i).substring(0, in.get(i).indexOf(','));
            assertTrue(lines.get(i).startsWith(truth + ","), "the file's own label is kept: " + lines.get(i));
            assertTrue(lines.get(i).matches(".*,(ham|spam),[01](\\.\\d+)?(E-?\\d+)?$"), lines.get(i));
            if (lines.get(i).matches(".*," + truth + ",[^,]*$")) agree++;
        }
        // The model saw most of these rows in training: its answers must mostly match the kept truth.
        assertTrue(agree > 0.75 * (lines.size() - 1), agree + " of " + (lines.size() - 1) + " agree");

        CliTest.Run text = cli("classify", model.toString(), "--file", subjects.toString(), "--text", "subject", "--out",
                dir.resolve("subjects-labelled-2.csv").toString());
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("predicted_label and predicted_confidence") && text.out().contains("kept as it was"),
                text.out());
    }

    @Test
    void aCorruptModelExitsTwoNamingTheFile() throws IOException {
        Path bad = dir.resolve("broken.copy.zip");
        byte[] good = Files.readAllBytes(model);
        Files.write(bad, Arrays.copyOf(good, good.length / 2));
        CliTest.Run r = cli("classify", bad.toString(), "--text", "hello");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("broken.copy.zip") && r.err().contains("damaged"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void aMissingColumnExitsTwoNamingItBeforeAnyTraining() {
        CliTest.Run r = cli("train-copy", subjects.toString(), "--text", "headline", "--label", "label", "--out",
                dir.resolve("never.zip").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("\"headline\"") && r.err().contains("subjects.csv"), r.err());
        assertFalse(Files.exists(dir.resolve("never.zip")));
        CliTest.Run batch = cli("classify", model.toString(), "--file", subjects.toString(), "--text", "body", "--out",
                dir.resolve("never.csv").toString());
        assertEquals(2, batch.code());
        assertTrue(batch.err().contains("\"body\""), batch.err());
        assertFalse(Files.exists(dir.resolve("never.csv")));
    }

    @Test
    void trainingInTextModeReportsTheSplitVocabularyTruncationAndPerClassFigures() {
        Path out = dir.resolve("baseline-only.zip");
        CliTest.Run r = cli("train-copy", subjects.toString(), "--text", "subject", "--label", "label", "--model", "baseline",
                "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Split (seed 42)") && r.out().contains("Vocabulary:") && r.out().contains("were cut"), r.out());
        assertTrue(r.out().contains("per class") && r.out().contains("precision") && r.out().contains("spam"), r.out());
        assertTrue(r.out().contains("Saved TF-IDF + dense network to ") && Files.isRegularFile(out), r.out());
    }

    @Test
    void benchCopyPrintsOurFiguresNextToPyTorchs() throws IOException {
        CliTest.Run r = cli("bench", "copy", "--texts", "400", "--epochs", "1", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = JSON.readTree(r.out().strip());
        System.out.println("bench copy (400 texts, 1 epoch): " + j);
        assertEquals(400, j.get("texts").asInt());
        assertEquals(1000, j.get("test_rows").asInt());
        assertTrue(j.get("seconds_per_epoch").asDouble() > 0 && j.get("texts_per_second").asDouble() > 0);
        assertEquals(1.1, j.get("pytorch_seconds_per_epoch").asDouble());
        assertTrue(j.get("data").asText().contains("SpamAssassin"), j.toString());
    }
}
