package com.mstudio.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static com.mstudio.app.cli.CliTest.cli;
import static org.junit.jupiter.api.Assertions.*;

/** train-vae, generate and their errors end to end on 400 images of the Fashion-MNIST sample. */
class CreativeCliTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir static Path dir;
    static Path fashion;
    static Path model;
    static CliTest.Run trained;

    @BeforeAll
    static void train() {
        fashion = CliTest.sample("images/fashion_mnist_sample/train-images-idx3-ubyte.gz");
        model = dir.resolve("models").resolve("fashion-vae.creative.zip");
        trained = cli("train-vae", fashion.toString(), "--preset", "classic", "--epochs", "2", "--seed", "7",
                "--limit", "400", "--batch", "32", "--out", model.toString());
        assertEquals(0, trained.code(), trained.err());
    }

    @Test
    void trainingPrintsEachEpochAndEndsWithTheIssuesJsonLine() throws IOException {
        List<String> lines = trained.out().strip().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("epoch 1: reconstruction loss")), trained.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("epoch 2: reconstruction loss")), trained.out());
        JsonNode last = JSON.readTree(lines.get(lines.size() - 1));
        List<String> keys = new ArrayList<>();
        last.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("epochs", "seconds_per_epoch", "images_per_second", "fid", "fid_floor"), keys.subList(0, 5));
        assertEquals(2, last.get("epochs").asInt());
        assertTrue(last.get("images_per_second").asDouble() > 0);
        // next to FID: the share of generated images that pass for real, and that share for real held-out images
        assertEquals(List.of("realistic_share", "realistic_share_floor"), keys.subList(5, 7));
        double share = last.get("realistic_share").asDouble(), floor = last.get("realistic_share_floor").asDouble();
        assertTrue(share >= 0 && share <= 1 && floor > 0.3 && floor <= 1, share + " / " + floor);
        assertTrue(Files.isRegularFile(model));
    }

    @Test
    void theSameSeedWritesAByteIdenticalGrid() throws IOException {
        Path a = dir.resolve("a.png"), b = dir.resolve("b.png"), c = dir.resolve("c.png");
        CliTest.Run ra = cli("generate", model.toString(), "--n", "16", "--seed", "3", "--grid", a.toString(), "--tile", "32", "--json");
        assertEquals(0, ra.code(), ra.err());
        assertEquals(0, cli("generate", model.toString(), "--n", "16", "--seed", "3", "--grid", b.toString(), "--tile", "32").code());
        assertEquals(0, cli("generate", model.toString(), "--n", "16", "--seed", "4", "--grid", c.toString(), "--tile", "32").code());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(c)), "another seed, another grid");
        JsonNode j = JSON.readTree(ra.out());
        assertEquals(16, j.get("images").asInt());
        assertEquals(4, j.get("columns").asInt());
        java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(a.toFile());
        assertTrue(png.getWidth() >= 4 * 32 && png.getWidth() <= 4 * 32 + 5 * 2, "4 tiles of 32 and the gaps: " + png.getWidth());
    }

    @Test
    void weightsOnlyWritesASmallerModelThatDrawsTheSameGrid() throws IOException {
        Path full = dir.resolve("full-gan.creative.zip"), slim = dir.resolve("slim-gan.creative.zip");
        String[] train = {"train-gan", fashion.toString(), "--preset", "classic", "--conditional", "--epochs", "1", "--seed", "5",
                "--limit", "200", "--batch", "32", "--out"};
        CliTest.Run a = cli(concat(train, full.toString()));
        assertEquals(0, a.code(), a.err());
        CliTest.Run b = cli(concat(train, slim.toString(), "--weights-only"));
        assertEquals(0, b.code(), b.err());
        assertTrue(Files.size(slim) < Files.size(full) / 2, Files.size(slim) + " bytes against " + Files.size(full));
        Path gridFull = dir.resolve("full.png"), gridSlim = dir.resolve("slim.png");
        assertEquals(0, cli("generate", full.toString(), "--n", "9", "--class", "Bag", "--grid", gridFull.toString()).code());
        assertEquals(0, cli("generate", slim.toString(), "--n", "9", "--class", "Bag", "--grid", gridSlim.toString()).code());
        assertArrayEquals(Files.readAllBytes(gridFull), Files.readAllBytes(gridSlim));
    }

    private static String[] concat(String[] head, String... tail) {
        String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    @Test
    void theShippedConditionalModelMakesOneClassByName() throws IOException {
        Path demo = Path.of("..", "assets", "models", "01-fashion-cvae.creative.zip");
        CliTest.Run r = cli("generate", demo.toString(), "--n", "4", "--class", "bag", "--grid", dir.resolve("bags.png").toString(), "--json");
        assertEquals(0, r.code(), r.err());
        assertEquals("Bag", JSON.readTree(r.out()).get("class").asText());
        CliTest.Run unknown = cli("generate", demo.toString(), "--class", "Hat", "--grid", dir.resolve("hats.png").toString());
        assertEquals(Cli.BAD_INPUT, unknown.code());
        assertTrue(unknown.err().contains("no class 'Hat'") && unknown.err().contains("Ankle boot"), unknown.err());
    }

    @Test
    void theBenchmarkPrintsEachPresetsSpeedNextToPyTorch() throws IOException {
        CliTest.Run r = cli("bench", "creative", "--preset", "classic-gan", "--images", "300", "--data", fashion.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = JSON.readTree(r.out());
        assertEquals(300, j.get("images").asInt());
        JsonNode run = j.get("runs").get(0);
        assertEquals("CLASSIC_GAN", run.get("preset").asText());
        assertEquals(270, run.get("train_images").asInt());
        assertEquals(1.9, run.get("pytorch_seconds_per_60k").asDouble());
        double perImage = 1 / run.get("images_per_second").asDouble();
        assertEquals(perImage * 60_000 / 1.9, run.get("ratio_to_pytorch").asDouble(), 1e-6);
        assertEquals(j.get("studio_threads").asInt(), run.get("native_threads").asInt(), "without --threads, a classic preset keeps the studio's setting");
        assertFalse(j.has("native_threads"), "nothing pinned");
    }

    @Test
    void theBenchmarkRunsWithTheNativeThreadsAskedForAndRefusesNonsense() throws IOException {
        // One more than the studio would choose here, so that an ignored option shows on any machine.
        int threads = com.mstudio.engine.runtime.NativeThreading.recommendedThreads(Runtime.getRuntime().availableProcessors()) + 1;
        CliTest.Run r = cli("bench", "creative", "--preset", "classic-vae", "--images", "200", "--data", fashion.toString(),
                "--threads", String.valueOf(threads), "--batch", "32", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = JSON.readTree(r.out());
        assertEquals(threads, j.get("native_threads").asInt(), "read back from ND4J after setting it");
        assertNotEquals(threads, j.get("studio_threads").asInt());
        assertEquals("CLASSIC_VAE", j.get("runs").get(0).get("preset").asText());
        assertEquals(threads, j.get("runs").get(0).get("native_threads").asInt(), "the trainer ran on the pinned count");
        assertTrue(j.get("runs").get(0).get("process_cpu_seconds").asDouble() > 0);
        assertEquals(32, j.get("runs").get(0).get("batch").asInt());
        assertTrue(j.get("runs").get(0).get("ratio_to_pytorch").isNull(), "PyTorch was timed at batch 128 only");
        for (String bad : new String[] {"0", "65", "two"}) {
            CliTest.Run refused = cli("bench", "creative", "--preset", "classic-gan", "--threads", bad, "--data", fashion.toString());
            assertEquals(Cli.BAD_INPUT, refused.code(), bad);
            assertTrue(refused.err().contains("--threads"), refused.err());
        }
    }

    @Test
    void theUiLatencyBenchTimesAStandInFxThreadWhileTheDcganTrainsAtEachNativeThreadCount() throws IOException {
        CliTest.Run r = cli("bench", "ui-latency", "--images", "200", "--threads", "1,2", "--data", fashion.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode runs = JSON.readTree(r.out()).get("runs");
        assertEquals(3, runs.size(), r.out());
        assertEquals("idle (no training)", runs.get(0).get("run").asText());
        for (int i = 1; i <= 2; i++) {
            JsonNode run = runs.get(i);
            assertEquals(i, run.get("native_threads").asInt(), "read back from ND4J while pinned");
            assertTrue(run.get("seconds_per_epoch").asDouble() > 0, run.toString());
            assertTrue(run.get("ticks").asInt() > 0, "frames were ticked during the epoch: " + run);
            assertTrue(run.get("late_ms_p95").asDouble() <= run.get("late_ms_max").asDouble(), run.toString());
            assertTrue(run.get("work_ms_p50").asDouble() > 0, run.toString());
        }
        CliTest.Run refused = cli("bench", "ui-latency", "--threads", "1,zero", "--data", fashion.toString());
        assertEquals(Cli.BAD_INPUT, refused.code());
        assertTrue(refused.err().contains("--threads"), refused.err());
    }

    @Test
    void badInputIsRefusedInWords() throws IOException {
        CliTest.Run noOut = cli("train-gan", fashion.toString(), "--preset", "classic");
        assertEquals(Cli.BAD_INPUT, noOut.code());
        assertTrue(noOut.err().contains("--out"), noOut.err());
        CliTest.Run preset = cli("train-vae", fashion.toString(), "--preset", "dcgan", "--out", dir.resolve("x.zip").toString());
        assertEquals(Cli.BAD_INPUT, preset.code());
        assertTrue(preset.err().contains("classic or conv"), preset.err());
        CliTest.Run colour = cli("train-gan", fashion.toString(), "--preset", "classic", "--size", "32", "--out", "x.zip");
        assertTrue(colour.err().contains("28×28 grey"), colour.err());
        for (String rate : new String[] {"0", "2", "fast"}) {
            CliTest.Run lr = cli("train-gan", fashion.toString(), "--preset", "classic", "--lr", rate, "--out", "x.zip");
            assertEquals(Cli.BAD_INPUT, lr.code());
            assertTrue(lr.err().contains("--lr") && lr.err().contains(rate), lr.err());
        }
        Path broken = dir.resolve("broken.creative.zip");
        Files.write(broken, Files.readAllBytes(model), java.nio.file.StandardOpenOption.CREATE);
        byte[] bytes = Files.readAllBytes(model);
        Files.write(broken, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        CliTest.Run damaged = cli("generate", broken.toString(), "--grid", dir.resolve("d.png").toString());
        assertEquals(Cli.BAD_INPUT, damaged.code());
        assertTrue(damaged.err().contains("broken.creative.zip") && damaged.err().contains("damaged"), damaged.err());
        CliTest.Run cls = cli("generate", model.toString(), "--class", "Bag", "--grid", dir.resolve("e.png").toString());
        assertTrue(cls.err().contains("not trained per class"), cls.err());
    }
}
