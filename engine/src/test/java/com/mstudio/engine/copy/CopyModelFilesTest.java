package com.mstudio.engine.copy;

import com.mstudio.engine.api.CopyModel;
import com.mstudio.engine.api.CopyRequest;
import com.mstudio.engine.store.CorruptModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static com.mstudio.engine.store.CorruptModelFiles.writeZip;
import static com.mstudio.engine.store.CorruptModelFiles.zip;
import static org.junit.jupiter.api.Assertions.*;

class CopyModelFilesTest {
    /** Mixed scripts and emoji, as a vocabulary built from real copy holds them (one surrogate pair, one ZWJ sequence). */
    static final List<String> VOCABULARY = List.of("<pad>", "<unk>", "free", "money", "!", "限时", "优惠", "セール", "😀",
            "👩‍💻", "café", "\"quoted\"", "back\\slash");

    @TempDir Path dir;

    /** Stands in for DL4J's bytes: the file format must carry any zip through unchanged. */
    static byte[] networkBytes(String content) {
        return zip(Map.of("configuration.json", content.getBytes(StandardCharsets.UTF_8), "coefficients.bin", new byte[] {5, 6, 7, 8}));
    }

    static CopyModel model(CopyModel.Kind kind) {
        CopyModel.Metrics metrics = new CopyModel.Metrics(0.93, 0.91, List.of(0.95, 0.88), List.of(0.97, Double.NaN), 1210);
        double[] idf = kind == CopyModel.Kind.BASELINE ? idf(VOCABULARY.size()) : null;
        return new CopyModel(CopyModel.FORMAT_VERSION, kind, "2026-11-30T03:30:00Z", "spam_subjects.csv", 7,
                List.of("ham", "spam"), new CopyRequest.Tokenizer(CopyRequest.Tokenizer.Mode.AUTO, true, 2, 5_000, 48),
                VOCABULARY, idf, kind == CopyModel.Kind.ATTENTION ? CopyRequest.AttentionSettings.DEFAULT : null, metrics,
                networkBytes("{\"kind\":\"" + kind + "\"}"));
    }

    private static double[] idf(int n) {
        double[] idf = new double[n];
        for (int i = 0; i < n; i++) idf[i] = 1 + Math.log(1 + i) / 3;
        return idf;
    }

    @Test
    void anAttentionModelRoundTripsWithItsVocabularyAndNetworkUntouched() throws IOException {
        CopyModel m = model(CopyModel.Kind.ATTENTION);
        Path file = dir.resolve("subjects.copy.zip");
        CopyModelFiles.save(m, file);
        CopyModel back = CopyModelFiles.load(file);
        assertArrayEquals(m.networkZip(), back.networkZip());
        assertEquals(VOCABULARY, back.vocabulary(), "CJK, emoji and escaped characters survive");
        assertEquals(m.labels(), back.labels());
        assertEquals(m.tokenizer(), back.tokenizer());
        assertEquals(m.settings(), back.settings());
        assertEquals(m.kind(), back.kind());
        assertEquals(7, back.seed());
        assertEquals("2026-11-30T03:30:00Z", back.createdAt());
        assertEquals("spam_subjects.csv", back.sourceName());
        assertEquals(0.91, back.test().macroF1());
        assertTrue(Double.isNaN(back.test().recall().get(1)), "NaN survives JSON");
        assertEquals(0, back.idf().length);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertEquals(List.of("model.json", "network.zip"), zip.stream().map(ZipEntry::getName).toList());
            String json = new String(zip.getInputStream(zip.getEntry("model.json")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(json.contains("\"formatVersion\" : 2") && json.contains("\"seed\" : 7") && json.contains("限时"), json);
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void aBaselineKeepsItsIdfWeights() {
        CopyModel m = model(CopyModel.Kind.BASELINE);
        Path file = dir.resolve("baseline.copy.zip");
        CopyModelFiles.save(m, file);
        CopyModel back = CopyModelFiles.load(file);
        assertArrayEquals(m.idf(), back.idf());
        assertNull(back.settings());
    }

    @Test
    void aMissingFileIsNamed() {
        assertProblem(dir.resolve("nowhere.copy.zip"), "nowhere.copy.zip", "missing");
    }

    @Test
    void aFileThatIsNotAZipIsNamed() throws IOException {
        Path file = dir.resolve("notes.copy.zip");
        Files.writeString(file, "subject,label\nFREE money,spam\n");
        assertProblem(file, "notes.copy.zip", "not a Marketing Studio model file");
    }

    @Test
    void aZipWithoutTheNetworkOrTheDescriptionIsIncomplete() throws IOException {
        Path onlyJson = writeZip(dir.resolve("a.zip"), Map.of("model.json", "{}".getBytes(StandardCharsets.UTF_8)));
        assertProblem(onlyJson, "a.zip", "network.zip");
        Path onlyNetwork = writeZip(dir.resolve("b.zip"), Map.of("network.zip", networkBytes("{}")));
        assertProblem(onlyNetwork, "b.zip", "model.json");
    }

    @Test
    void aTruncatedFileIsDamaged() throws IOException {
        Path file = dir.resolve("cut.copy.zip");
        CopyModelFiles.save(model(CopyModel.Kind.ATTENTION), file);
        CorruptModelFiles.truncated(file, cut -> assertProblem(cut, "cut.copy.zip", "damaged"));
    }

    @Test
    void aFlippedByteInTheNetworkFailsItsChecksum() throws IOException {
        Path file = dir.resolve("flip.copy.zip");
        CopyModel m = model(CopyModel.Kind.ATTENTION);
        CopyModelFiles.save(m, file);
        CorruptModelFiles.flipNetworkByte(file, m.networkZip()); // the network is stored as is
        assertProblem(file, "flip.copy.zip", "checksum");
    }

    @Test
    void anUnreadableDescriptionIsDamaged() throws IOException {
        Path garbled = writeZip(dir.resolve("garbled.zip"),
                Map.of("model.json", "{\"formatVersion\": 1, \"kind\": ".getBytes(StandardCharsets.UTF_8),
                "network.zip", networkBytes("{}")));
        assertProblem(garbled, "garbled.zip", "description (model.json) cannot be read");
        Path refused = writeZip(dir.resolve("refused.zip"),
                Map.of("model.json", edited(CopyModel.Kind.ATTENTION, "\"maxLength\" : 48", "\"maxLength\" : 1"),
                "network.zip", networkBytes("{}")));
        assertProblem(refused, "refused.zip", "cannot be read");
    }

    @Test
    void partsAPredictionNeedsAreNamedWhenMissing() throws IOException {
        assertMissing("labels.zip", edited(CopyModel.Kind.ATTENTION, "\"labels\" : [ \"ham\", \"spam\" ]", "\"labels\" : [ \"spam\" ]"),
                "the list of labels is missing");
        assertMissing("vocabulary.zip", edited(CopyModel.Kind.ATTENTION, "\"vocabulary\" : [", "\"vocabulary\" : null, \"unused\" : ["),
                "the vocabulary is missing");
        assertMissing("settings.zip", edited(CopyModel.Kind.ATTENTION, "\"settings\" : {", "\"settings\" : null, \"unused\" : {"),
                "the attention model's configuration is missing");
        assertMissing("idf.zip", edited(CopyModel.Kind.BASELINE, "\"idf\" : [", "\"idf\" : [ 1.0 ], \"unused\" : ["),
                "the IDF word weighting is missing");
    }

    private void assertMissing(String name, byte[] json, String words) throws IOException {
        Path file = writeZip(dir.resolve(name), Map.of("model.json", json, "network.zip", networkBytes("{}")));
        assertProblem(file, name, words);
    }

    @Test
    void aModelFromANewerVersionAsksForAnUpdate() throws IOException {
        Path file = dir.resolve("future.copy.zip");
        byte[] json = edited(CopyModel.Kind.ATTENTION, "\"formatVersion\" : 2", "\"formatVersion\" : 3");
        json = new String(json, StandardCharsets.UTF_8).replace("\"ATTENTION\"", "\"TRANSFORMER_XL\"").getBytes(StandardCharsets.UTF_8);
        Files.write(file, zip(Map.of("model.json", json, "network.zip", networkBytes("{}"))));
        assertProblem(file, "future.copy.zip", "newer version");
    }

    @Test
    void anAttentionModelOfFormatOneIsRefusedInPlainWordsAndAFormatOneBaselineStillOpens() throws IOException {
        // format 1 held the attention network as a DL4J graph, which the hand-written network cannot read
        Path old = writeZip(dir.resolve("old-attention.copy.zip"), Map.of("model.json",
                edited(CopyModel.Kind.ATTENTION, "\"formatVersion\" : 2", "\"formatVersion\" : 1"), "network.zip", networkBytes("{}")));
        assertProblem(old, "old-attention.copy.zip", "earlier version of Marketing Studio (format 1)");
        assertProblem(old, "old-attention.copy.zip", "Train it again");
        Path baseline = writeZip(dir.resolve("old-baseline.copy.zip"), Map.of("model.json",
                edited(CopyModel.Kind.BASELINE, "\"formatVersion\" : 2", "\"formatVersion\" : 1"), "network.zip", networkBytes("{}")));
        assertEquals(1, CopyModelFiles.load(baseline).formatVersion());
    }

    /** The description a saved model of this kind has, with one piece of text replaced (which must be there). */
    private byte[] edited(CopyModel.Kind kind, String from, String to) throws IOException {
        Path file = dir.resolve("source-" + kind + ".zip");
        CopyModelFiles.save(model(kind), file);
        String json;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            json = new String(zip.getInputStream(zip.getEntry("model.json")).readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(json.contains(from), from + " not in " + json);
        return json.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to))
                .getBytes(StandardCharsets.UTF_8);
    }

    static void assertProblem(Path file, String name, String words) {
        CorruptModelFiles.assertProblem(CopyModelFiles::load, file, name, words);
    }
}
