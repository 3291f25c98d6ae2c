package com.mstudio.engine.creative.images;

import com.mstudio.engine.api.ImageService;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.runtime.JobEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** PNGs come out at the asked size, with their metadata, byte-identical for the same input, and atomically. */
class PngWritingTest {
    @TempDir
    Path dir;
    private static JobEngine engine;
    private static DefaultImageService service;

    @BeforeAll
    static void start() {
        engine = new JobEngine(new JobEngine.Config(0, false, 1));
        service = new DefaultImageService(engine);
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    private static byte[] gradient(ImageShape s, int shift) {
        byte[] b = new byte[s.size()];
        for (int i = 0; i < b.length; i++) b[i] = (byte) (i * 7 + shift);
        return b;
    }

    @Test
    void aTileIsWrittenWithItsMetadataAndTheSameInputGivesTheSameBytes() throws Exception {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put(ImageService.META_SEED, "42");
        meta.put(ImageService.META_MODEL, "Bags 模型 v1");
        meta.put(ImageService.META_CREATED, "2026-11-30T05:00:00Z");
        Path a = dir.resolve("a.png"), b = dir.resolve("b.png");
        service.writePng(gradient(ImageShape.COLOUR_32, 0), ImageShape.COLOUR_32, 256, meta, a);
        Map<String, String> reordered = new HashMap<>(meta);
        service.writePng(gradient(ImageShape.COLOUR_32, 0), ImageShape.COLOUR_32, 256, reordered, b);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));

        BufferedImage image = ImageIO.read(a.toFile());
        assertEquals(256, image.getWidth());
        assertEquals(256, image.getHeight());
        Map<String, String> text = textChunks(a);
        assertEquals("42", text.get("Seed"));
        assertEquals("Bags 模型 v1", text.get("Model"));
        assertEquals("2026-11-30T05:00:00Z", text.get("Creation Time"));
        assertEquals("Marketing Studio", text.get("Software"));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("a.png", "b.png"), files.map(p -> p.getFileName().toString()).sorted().toList(), "no temp files left");
        }
    }

    @Test
    void aGridHasTheTilesTheGapsAndTheSizeAsked() throws Exception {
        ImageShape s = ImageShape.GREY_28;
        byte[] black = new byte[s.size()], white = new byte[s.size()];
        java.util.Arrays.fill(white, (byte) 255);
        Path file = dir.resolve("grid.png");
        service.writeGridPng(List.of(black, white, black), s, 2, 40, Map.of(ImageService.META_SEED, "7"), file);
        BufferedImage grid = ImageIO.read(file.toFile());
        assertEquals(2 * 40 + DefaultImageService.GRID_GAP, grid.getWidth());
        assertEquals(2 * 40 + DefaultImageService.GRID_GAP, grid.getHeight());
        assertEquals(0x000000, grid.getRGB(20, 20) & 0xFFFFFF);
        assertEquals(0xFFFFFF, grid.getRGB(40 + 2 + 20, 20) & 0xFFFFFF);
        assertEquals(0x000000, grid.getRGB(20, 42 + 20) & 0xFFFFFF);
        assertEquals("7", textChunks(file).get("Seed"));
        byte[] first = Files.readAllBytes(file);
        service.writeGridPng(List.of(black, white, black), s, 2, 40, Map.of(ImageService.META_SEED, "7"), file);
        assertArrayEquals(first, Files.readAllBytes(file));
    }

    @Test
    void aFailedWriteSaysWhyAndLeavesNothingBehind() throws Exception {
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        Path target = blocker.resolve("tile.png");
        StudioException e = assertThrows(StudioException.class,
                () -> service.writePng(gradient(ImageShape.GREY_28, 0), ImageShape.GREY_28, 64, Map.of(), target));
        assertEquals(target, e.file());
        assertTrue(e.getMessage().startsWith("tile.png: The PNG could not be written."), e.getMessage());

        Path existing = dir.resolve("keep.png");
        service.writePng(gradient(ImageShape.GREY_28, 0), ImageShape.GREY_28, 64, Map.of(), existing);
        byte[] before = Files.readAllBytes(existing);
        assertThrows(IllegalArgumentException.class,
                () -> service.writePng(new byte[3], ImageShape.GREY_28, 64, Map.of(), existing));
        assertArrayEquals(before, Files.readAllBytes(existing), "a refused write leaves the old file");
    }

    @Test
    void toArgbGivesOpaquePixelsOfTheAskedSize() {
        int[] argb = service.toArgb(gradient(ImageShape.COLOUR_64, 3), ImageShape.COLOUR_64, 100);
        assertEquals(100 * 100, argb.length);
        for (int p : argb) assertEquals(0xFF, p >>> 24);
    }

    /** tEXt and iTXt entries of a PNG, read back through ImageIO's native metadata tree. */
    static Map<String, String> textChunks(Path png) throws Exception {
        Map<String, String> out = new HashMap<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadata meta = reader.getImageMetadata(0);
            Node root = meta.getAsTree("javax_imageio_png_1.0");
            for (Node chunk = root.getFirstChild(); chunk != null; chunk = chunk.getNextSibling()) {
                for (Node entry = chunk.getFirstChild(); entry != null; entry = entry.getNextSibling()) {
                    NamedNodeMap at = entry.getAttributes();
                    if (entry.getNodeName().equals("tEXtEntry")) out.put(at.getNamedItem("keyword").getNodeValue(), at.getNamedItem("value").getNodeValue());
                    if (entry.getNodeName().equals("iTXtEntry")) out.put(at.getNamedItem("keyword").getNodeValue(), at.getNamedItem("text").getNodeValue());
                }
            }
            reader.dispose();
        }
        return out;
    }
}
