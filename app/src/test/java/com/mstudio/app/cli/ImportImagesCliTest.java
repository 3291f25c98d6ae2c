package com.mstudio.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static com.mstudio.app.cli.CliTest.cli;
import static org.junit.jupiter.api.Assertions.*;

/** {@code import-images} on the shipped samples and on a folder with a damaged file. */
class ImportImagesCliTest {
    private static final Path IMAGES = Path.of("..", "samples", "images");

    @Test
    void productIconsJsonListsClassesAndCounts() throws Exception {
        CliTest.Run r = cli("import-images", IMAGES.resolve("product_icons").toString(), "--size", "32", "--fit", "crop", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(639, json.get("images").asInt());
        assertEquals(32, json.get("width").asInt());
        assertEquals(3, json.get("channels").asInt());
        assertEquals("crop", json.get("fit").asText());
        assertEquals(4, json.get("classes").size());
        assertEquals("activities", json.get("classes").get(0).get("name").asText());
        assertEquals(85, json.get("classes").get(0).get("images").asInt());
        assertEquals(0, json.get("problems").size());
    }

    @Test
    void fashionSampleInWordsWithTheSuggestedGreyShape() {
        CliTest.Run r = cli("import-images", IMAGES.resolve("fashion_mnist_sample").toString(), "--limit", "1000");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("1,000 images as 28×28 grey"), r.out());
        assertTrue(r.out().contains("Ankle boot"), r.out());
        assertTrue(r.out().contains("100"), r.out());
    }

    @Test
    void skippedFilesAreListedAndBadInputIsRefusedInWords(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("a"));
        Files.copy(IMAGES.resolve("product_icons/food").resolve(firstPng(IMAGES.resolve("product_icons/food"))), dir.resolve("a/ok.png"));
        Files.write(dir.resolve("a/broken.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        CliTest.Run r = cli("import-images", dir.toString(), "--size", "28");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("1 images as 28×28 grey (fit inside and pad), 1 skipped"), r.out());
        assertTrue(r.out().contains("a/broken.png: damaged or truncated PNG"), r.out());

        CliTest.Run missing = cli("import-images", dir.resolve("nope").toString());
        assertEquals(Cli.BAD_INPUT, missing.code());
        assertTrue(missing.err().contains("does not exist"), missing.err());
        assertFalse(missing.err().contains("Exception"), missing.err());

        CliTest.Run badSize = cli("import-images", dir.toString(), "--size", "48");
        assertEquals(Cli.BAD_INPUT, badSize.code());
        assertTrue(badSize.err().contains("--size is 28 (grey), 32 or 64 (colour)"), badSize.err());
    }

    private static String firstPng(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".png")).sorted().findFirst().orElseThrow();
        }
    }
}
