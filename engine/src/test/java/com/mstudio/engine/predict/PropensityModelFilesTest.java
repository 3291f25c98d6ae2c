package com.mstudio.engine.predict;

import com.mstudio.engine.api.PropensityModel;
import com.mstudio.engine.api.PropensityRequest;
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

class PropensityModelFilesTest {
    @TempDir Path dir;

    /** Stands in for DL4J's bytes: the file format must carry any zip through unchanged. */
    static byte[] networkBytes(String content) {
        return zip(Map.of("configuration.json", content.getBytes(StandardCharsets.UTF_8), "coefficients.bin", new byte[] {1, 2, 3, 4}));
    }

    static PropensityModel model(PropensityModel.Kind kind, double auc) {
        PropensityModel.Metrics metrics = new PropensityModel.Metrics(0.8, 0.65, 0.55, 0.6, auc, Double.NaN, 0.5, 1409);
        return new PropensityModel(PropensityModel.FORMAT_VERSION, kind, "2026-11-30T02:00:00Z", "wa_churn.csv", 42, "churn",
                "Yes", TelcoFixture.FEATURES, TelcoFixture.TRANSFORM,
                kind == PropensityModel.Kind.MLP ? PropensityRequest.MlpSettings.DEFAULT : null, "class weights 1 : 2.8",
                0.36, metrics, networkBytes("{\"kind\":\"" + kind + "\"}"));
    }

    @Test
    void aSavedModelLoadsBackEqualWithTheNetworkBytesUntouched() throws IOException {
        PropensityModel m = model(PropensityModel.Kind.MLP, 0.84);
        Path file = dir.resolve("mlp.propensity.zip");
        PropensityModelFiles.save(m, file);
        PropensityModel back = PropensityModelFiles.load(file);
        assertArrayEquals(m.networkZip(), back.networkZip());
        assertEquals(withoutNetwork(m), withoutNetwork(back));
        assertTrue(Double.isNaN(back.test().prAuc()), "NaN survives JSON");
        assertEquals(m.transform(), back.transform());
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertEquals(List.of("model.json", "network.zip"), zip.stream().map(ZipEntry::getName).toList());
            String json = new String(zip.getInputStream(zip.getEntry("model.json")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(json.contains("\"formatVersion\" : 2") && json.contains("\"seed\" : 42") && json.contains("\"createdAt\"")
                    && json.contains("\"scoreOddsFactor\" : 0.36"), json);
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left behind");
        }
        PropensityModel logistic = model(PropensityModel.Kind.LOGISTIC, 0.83);
        PropensityModelFiles.save(logistic, dir.resolve("logistic.propensity.zip"));
        assertNull(PropensityModelFiles.load(dir.resolve("logistic.propensity.zip")).settings());
    }

    @Test
    void aMissingFileIsNamed() {
        assertProblem(dir.resolve("nowhere.propensity.zip"), "nowhere.propensity.zip", "missing");
    }

    @Test
    void aFileThatIsNotAZipIsNamed() throws IOException {
        Path file = dir.resolve("notes.propensity.zip");
        Files.writeString(file, "churn,tenure\nYes,3\n");
        assertProblem(file, "notes.propensity.zip", "not a Marketing Studio model file");
    }

    @Test
    void aZipWithoutTheNetworkOrTheDescriptionIsIncomplete() throws IOException {
        Path onlyJson = writeZip(dir.resolve("a.zip"), Map.of("model.json", "{}".getBytes(StandardCharsets.UTF_8)));
        assertProblem(onlyJson, "a.zip", "network.zip");
        Path onlyNetwork = writeZip(dir.resolve("b.zip"), Map.of("network.zip", networkBytes("{}")));
        assertProblem(onlyNetwork, "b.zip", "model.json");
        Path other = writeZip(dir.resolve("c.zip"), Map.of("photo.jpg", new byte[] {1, 2}));
        assertProblem(other, "c.zip", "incomplete");
    }

    @Test
    void aTruncatedFileIsDamaged() throws IOException {
        Path file = dir.resolve("cut.propensity.zip");
        PropensityModelFiles.save(model(PropensityModel.Kind.MLP, 0.84), file);
        CorruptModelFiles.truncated(file, cut -> assertProblem(cut, "cut.propensity.zip", "damaged"));
    }

    @Test
    void aFlippedByteInTheNetworkFailsItsChecksum() throws IOException {
        Path file = dir.resolve("flip.propensity.zip");
        PropensityModel m = model(PropensityModel.Kind.MLP, 0.84);
        PropensityModelFiles.save(m, file);
        CorruptModelFiles.flipNetworkByte(file, m.networkZip()); // the network is stored as is
        assertProblem(file, "flip.propensity.zip", "damaged");
    }

    @Test
    void aDamagedDescriptionAndOneWithPartsMissingAreDamaged() throws IOException {
        Path garbled = writeZip(dir.resolve("garbled.zip"),
                Map.of("model.json", "{\"formatVersion\": 1, \"kind\": ".getBytes(StandardCharsets.UTF_8),
                "network.zip", networkBytes("{}")));
        assertProblem(garbled, "garbled.zip", "description (model.json) cannot be read");
        Path partial = writeZip(dir.resolve("partial.zip"),
                Map.of("model.json", "{\"formatVersion\": 1, \"kind\": \"MLP\"}".getBytes(StandardCharsets.UTF_8),
                "network.zip", networkBytes("{}")));
        assertProblem(partial, "partial.zip", "target column is missing");
    }

    @Test
    void aFormat1FileWithoutAScoreCorrectionLoadsAsUncorrected() throws IOException {
        Path file = dir.resolve("old.propensity.zip");
        PropensityModelFiles.save(model(PropensityModel.Kind.LOGISTIC, 0.84), file);
        Map<String, byte[]> entries = entries(file);
        String json = new String(entries.get("model.json"), StandardCharsets.UTF_8)
                .replaceFirst("\"formatVersion\" : 2", "\"formatVersion\" : 1").replaceFirst("\\s*\"scoreOddsFactor\" : 0.36,", "");
        assertFalse(json.contains("scoreOddsFactor"), json);
        entries.put("model.json", json.getBytes(StandardCharsets.UTF_8));
        Files.write(file, zip(entries));
        PropensityModel back = PropensityModelFiles.load(file);
        assertEquals(1, back.formatVersion());
        assertEquals(1.0, back.scoreOddsFactor());
        assertEquals(0.84, back.test().rocAuc());
    }

    @Test
    void aZeroScoreCorrectionIsDamaged() throws IOException {
        Path file = dir.resolve("zero.propensity.zip");
        PropensityModelFiles.save(model(PropensityModel.Kind.LOGISTIC, 0.84), file);
        Map<String, byte[]> entries = entries(file);
        String json = new String(entries.get("model.json"), StandardCharsets.UTF_8).replace("\"scoreOddsFactor\" : 0.36", "\"scoreOddsFactor\" : 0");
        entries.put("model.json", json.getBytes(StandardCharsets.UTF_8));
        Files.write(file, zip(entries));
        assertProblem(file, "zero.propensity.zip", "score correction");
    }

    private static Map<String, byte[]> entries(Path file) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : zip.stream().toList()) entries.put(e.getName(), zip.getInputStream(e).readAllBytes());
        }
        return entries;
    }

    @Test
    void aModelFromANewerVersionAsksForAnUpdate() throws IOException {
        Path file = dir.resolve("future.propensity.zip");
        PropensityModelFiles.save(model(PropensityModel.Kind.MLP, 0.84), file);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : zip.stream().toList()) entries.put(e.getName(), zip.getInputStream(e).readAllBytes());
        }
        String json = new String(entries.get("model.json"), StandardCharsets.UTF_8)
                .replaceFirst("\"formatVersion\" : 2", "\"formatVersion\" : 3").replace("\"MLP\"", "\"GRADIENT_BOOSTING\"");
        entries.put("model.json", json.getBytes(StandardCharsets.UTF_8));
        Files.write(file, zip(entries));
        assertProblem(file, "future.propensity.zip", "newer version");
    }

    static void assertProblem(Path file, String name, String words) {
        CorruptModelFiles.assertProblem(PropensityModelFiles::load, file, name, words);
    }

    static PropensityModel withoutNetwork(PropensityModel m) {
        return new PropensityModel(m.formatVersion(), m.kind(), m.createdAt(), m.sourceName(), m.seed(), m.target(),
                m.positiveValue(), m.features(), m.transform(), m.settings(), m.imbalance(), m.scoreOddsFactor(), m.test(), null);
    }
}
