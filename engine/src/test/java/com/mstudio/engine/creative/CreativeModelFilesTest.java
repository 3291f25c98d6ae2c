package com.mstudio.engine.creative;

import com.mstudio.engine.api.CreativeModel;
import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.CreativeQuality;
import com.mstudio.engine.api.CreativeRequest;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.store.CorruptModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.*;

/** The model file: a round trip, and every way a file can be wrong refused in words that name it. */
class CreativeModelFilesTest {
    @TempDir
    Path dir;

    /** A model whose networks are a small zip: the file format does not look inside them. */
    static CreativeModel model(boolean conditional) {
        byte[] networks = CorruptModelFiles.zip(Map.of("generator.zip", "weights".repeat(50).getBytes(StandardCharsets.UTF_8)));
        CreativeRequest request = CreativeRequest.defaults(CreativePreset.CLASSIC_GAN).withConditional(conditional).withSeed(7);
        return new CreativeModel(CreativeModel.FORMAT_VERSION, "fashion · Classic GAN · 3 epochs", "2026-11-30T04:00:00Z",
                "fashion", request, ImageShape.GREY_28, conditional ? List.of("Shirt", "Bag", "Sneaker") : List.of(), 3,
                // the share that passes for real only in the newer one: files scored before it load with null
                conditional ? new CreativeQuality(41.5, 3.2, 500, 500, 64, 0.71, 0.88) : new CreativeQuality(41.5, 3.2, 500, 500, 64),
                List.of(new CreativeModel.EpochLosses(1, 1.2, 0.8), new CreativeModel.EpochLosses(2, 1.1, 0.9)), networks);
    }

    @Test
    void aSavedModelLoadsWithEverythingItHad() {
        CreativeModel m = model(true);
        Path file = dir.resolve("m.creative.zip");
        CreativeModelFiles.save(m, file);
        CreativeModel back = CreativeModelFiles.load(file);
        assertEquals(m.name(), back.name());
        assertEquals(m.request(), back.request());
        assertEquals(m.shape(), back.shape());
        assertEquals(m.classes(), back.classes());
        assertEquals(m.curve(), back.curve());
        assertEquals(m.quality(), back.quality());
        assertEquals(3, back.epochsTrained());
        assertEquals("2026-11-30T04:00:00Z", back.createdAt());
        assertArrayEquals(m.networks(), back.networks());
        assertTrue(back.conditional());
        assertEquals(0.71, back.quality().realisticShare());
    }

    @Test
    void theSameModelGivesTheSameFileBytesWhenever() throws Exception {
        Path a = dir.resolve("a.creative.zip"), b = dir.resolve("b.creative.zip");
        CreativeModelFiles.save(model(true), a);
        CreativeModelFiles.save(model(true), b);
        assertArrayEquals(java.nio.file.Files.readAllBytes(a), java.nio.file.Files.readAllBytes(b));
        try (var zip = new java.util.zip.ZipInputStream(java.nio.file.Files.newInputStream(a))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertTrue(e.getTime() < 400_000_000_000L, e.getName() + ": a fixed 1980 time, not the time of saving");
            }
        }
    }

    @Test
    void aQualityScoredBeforeTheRealisticShareLoadsWithoutIt() {
        Path file = dir.resolve("old.creative.zip");
        CreativeModelFiles.save(model(false), file);
        CreativeQuality q = CreativeModelFiles.load(file).quality();
        assertEquals(41.5, q.fid());
        assertNull(q.realisticShare());
        assertEquals("", q.describeRealistic());
        assertEquals("FID 41.5 (real-vs-real floor " + String.format(java.util.Locale.ROOT, "%.1f", q.floor()) + ")", q.describeAll());
        CreativeQuality measured = new CreativeQuality(3.2, 1.5, 100, 100, 64, 0.86, 0.892);
        assertEquals("FID 3.2 (real-vs-real floor 1.5); 86% of images pass for real ones (real images 89%)", measured.describeAll());
    }

    @Test
    void aMissingFileIsNamed() {
        assertProblem(dir.resolve("nowhere.creative.zip"), "nowhere.creative.zip", "missing");
    }

    @Test
    void aFileThatIsNotAZipIsNamed() throws IOException {
        Path file = dir.resolve("photo.creative.zip");
        Files.write(file, new byte[]{(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        assertProblem(file, "photo.creative.zip", "not a Marketing Studio model file");
    }

    @Test
    void aTruncatedFileIsDamaged() throws IOException {
        Path file = dir.resolve("cut.creative.zip");
        CreativeModelFiles.save(model(false), file);
        CorruptModelFiles.truncated(file, cut -> assertProblem(cut, "cut.creative.zip", "damaged"));
    }

    @Test
    void aFlippedByteInTheNetworksFailsItsChecksum() throws IOException {
        Path file = dir.resolve("flip.creative.zip");
        CreativeModel m = model(false);
        CreativeModelFiles.save(m, file);
        CorruptModelFiles.flipNetworkByte(file, CreativeModelFiles.wrap(m.networks()));
        assertProblem(file, "flip.creative.zip", "checksum");
    }

    @Test
    void aZipWithoutOneOfItsPartsIsIncomplete() throws IOException {
        Path onlyJson = CorruptModelFiles.writeZip(dir.resolve("a.zip"), Map.of("model.json", description(model(false))));
        assertProblem(onlyJson, "a.zip", "incomplete");
        Path onlyNetworks = CorruptModelFiles.writeZip(dir.resolve("b.zip"), Map.of("network.zip", CreativeModelFiles.wrap(model(false).networks())));
        assertProblem(onlyNetworks, "b.zip", "incomplete");
    }

    @Test
    void partsGenerationNeedsAreNamedWhenMissing() throws IOException {
        assertMissing("shape.zip", edit(model(false), "\"shape\" : {", "\"shape\" : null, \"unused\" : {"), "the image size");
        assertMissing("classes.zip", edit(model(true), "\"classes\" : [ \"Shirt\", \"Bag\", \"Sneaker\" ]",
                "\"classes\" : [ ]"), "the list of classes it was conditioned on");
        assertMissing("size.zip", edit(model(false), "\"width\" : 28", "\"width\" : 64"), "an image size the model supports");
    }

    @Test
    void networksWithoutTheirWeightsEntryAreNamed() throws IOException {
        Path file = CorruptModelFiles.writeZip(dir.resolve("empty.zip"), Map.of("model.json", description(model(false)),
                "network.zip", CorruptModelFiles.zip(Map.of("readme.txt", new byte[]{1}))));
        assertProblem(file, "empty.zip", "the networks' weights (networks.bin) is missing");
    }

    @Test
    void anotherKindOfModelIsNamedAsSuch() throws IOException {
        Path copy = CorruptModelFiles.writeZip(dir.resolve("copy.zip"), Map.of(
                "model.json", "{\"formatVersion\":1,\"labels\":[\"a\",\"b\"],\"tokenizer\":{}}".getBytes(StandardCharsets.UTF_8),
                "network.zip", CreativeModelFiles.wrap(model(false).networks())));
        assertProblem(copy, "copy.zip", "copy classification model");
    }

    @Test
    void aModelFromANewerVersionAsksForAnUpdate() throws IOException {
        byte[] json = edit(model(false), "\"formatVersion\" : 1", "\"formatVersion\" : 2");
        json = new String(json, StandardCharsets.UTF_8).replace("\"CLASSIC_GAN\"", "\"DIFFUSION\"").getBytes(StandardCharsets.UTF_8);
        Path file = CorruptModelFiles.writeZip(dir.resolve("future.zip"), Map.of("model.json", json,
                "network.zip", CreativeModelFiles.wrap(model(false).networks())));
        assertProblem(file, "future.zip", "newer version");
    }

    private void assertMissing(String name, byte[] json, String words) throws IOException {
        Path file = CorruptModelFiles.writeZip(dir.resolve(name), Map.of("model.json", json, "network.zip", CreativeModelFiles.wrap(model(false).networks())));
        assertProblem(file, name, words);
    }

    private byte[] description(CreativeModel m) throws IOException {
        Path file = dir.resolve("source.zip");
        CreativeModelFiles.save(m, file);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getInputStream(zip.getEntry("model.json")).readAllBytes();
        }
    }

    private byte[] edit(CreativeModel m, String from, String to) throws IOException {
        String json = new String(description(m), StandardCharsets.UTF_8);
        assertTrue(json.contains(from), from + " not in " + json);
        return json.replace(from, to).getBytes(StandardCharsets.UTF_8);
    }

    private static void assertProblem(Path file, String name, String words) {
        CorruptModelFiles.assertProblem(CreativeModelFiles::load, file, name, words);
    }
}
