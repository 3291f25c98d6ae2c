package com.mstudio.ui.creatives;

import com.mstudio.engine.api.CreativeModel;
import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.GeneratedImage;
import com.mstudio.engine.api.ImageShape;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The latent map on the real engine and the shipped demo CVAE: the two dimensions that change the image most are
 * measured and chosen, the grid of latents runs along them around the sliders' point, a map for settings the user has
 * left is dropped, and a clicked cell becomes the picked tile. The latent arithmetic is checked on its own too.
 */
class LatentMapViewModelTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    @TempDir Path dir;
    private CreativesTestBed bed;

    @AfterEach
    void close() {
        if (bed != null) bed.close();
    }

    @Test
    void gridLatentsRunAlongTheTwoDimensionsAroundTheBase() {
        float[] base = {0.5f, -1f, 2f, 0.25f};
        List<float[]> z = LatentGrid.map(base, 2, 0, 3);
        assertEquals(9, z.size());
        assertArrayEquals(new float[] {2.5f, -1f, -2.5f, 0.25f}, z.get(0), "top left: x at −2.5σ, y at +2.5σ");
        assertArrayEquals(new float[] {2.5f, -1f, 2.5f, 0.25f}, z.get(2), "top right");
        assertArrayEquals(new float[] {0f, -1f, 0f, 0.25f}, z.get(4), "the middle is the origin of both axes");
        assertArrayEquals(new float[] {-2.5f, -1f, 2.5f, 0.25f}, z.get(8), "bottom right: y at −2.5σ");
        assertEquals(2f, base[2], "the base is left as it was");
        assertThrows(IllegalArgumentException.class, () -> LatentGrid.map(base, 1, 1, 3));
        assertThrows(IllegalArgumentException.class, () -> LatentGrid.map(base, 0, 4, 3));

        List<float[]> probes = LatentGrid.probes(3);
        assertEquals(6, probes.size());
        assertArrayEquals(new float[] {0, -2f, 0}, probes.get(2));
        assertArrayEquals(new float[] {0, 2f, 0}, probes.get(3));
        ImageShape s = ImageShape.GREY_28;
        byte[] dark = new byte[s.size()], light = new byte[s.size()], half = new byte[s.size()];
        Arrays.fill(light, (byte) 255);
        Arrays.fill(half, (byte) 51);
        List<GeneratedImage> decoded = List.of(image(dark), image(dark), image(dark), image(light), image(dark), image(half));
        double[] change = LatentGrid.change(decoded);
        assertArrayEquals(new double[] {0, 1, 0.2}, change, 1e-9);
        assertEquals(List.of(1, 2, 0), LatentGrid.ranking(change));
    }

    private static GeneratedImage image(byte[] pixels) {
        return new GeneratedImage(-1, -1, new float[3], ImageShape.GREY_28, pixels);
    }

    @Test
    void demoCvaeMapChoosesTheStrongestDimensionsDropsStaleMapsAndPicksAClickedCell() {
        bed = new CreativesTestBed(dir);
        CreativesViewModel all = bed.viewModel();
        all.start();
        GenerationViewModel gen = all.generation();
        bed.ui.pumpUntil(() -> gen.tiles().size() == 36 && !gen.busyProperty().get(), WAIT);
        CreativeModel demo = gen.modelProperty().get();
        assertEquals(CreativePreset.Family.VAE, demo.preset().family());
        assertTrue(demo.conditional());
        LatentMapViewModel map = all.latentMap();
        assertTrue(map.availableProperty().get());
        assertTrue(map.cells().isEmpty(), "nothing is decoded while the map is closed");

        long t0 = System.nanoTime();
        map.openProperty().set(true);
        bed.ui.pumpUntil(() -> map.cells().size() == 81 && !map.busyProperty().get(), WAIT);
        System.out.printf(java.util.Locale.ROOT, "latent map: measuring %d dimensions (%d images) and the first 9 × 9 map "
                + "took %.0f ms%n", demo.latentSize(), 2 * demo.latentSize(), (System.nanoTime() - t0) / 1e6);
        assertEquals("", map.errorProperty().get());
        assertEquals(demo.latentSize(), map.ranking().size(), "every dimension measured");
        int x = map.xDimProperty().get(), y = map.yDimProperty().get();
        assertEquals(map.ranking().get(0), x, "across: the dimension that changes the image most");
        assertEquals(map.ranking().get(1), y, "up: the next one");
        assertEquals(List.of(x, y), gen.sliderDims().subList(0, 2), "the sliders move the map's axes first");
        assertEquals(0, map.classIndexProperty().get(), "a conditional map draws one class");
        // Nothing picked: the map is drawn around the prior's centre.
        GeneratedImage topLeft = map.cells().get(0), middle = map.cells().get(40), bottomRight = map.cells().get(80);
        assertEquals(-2.5f, topLeft.latent()[x]);
        assertEquals(2.5f, topLeft.latent()[y]);
        assertEquals(0f, middle.latent()[x]);
        assertEquals(0f, middle.latent()[y]);
        assertEquals(2.5f, bottomRight.latent()[x]);
        assertEquals(-2.5f, bottomRight.latent()[y]);
        for (int d = 0; d < demo.latentSize(); d++) if (d != x && d != y) assertEquals(0f, middle.latent()[d]);
        assertTrue(map.cells().stream().allMatch(c -> c.classIndex() == 0 && c.seed() == -1));
        assertFalse(Arrays.equals(topLeft.pixels(), bottomRight.pixels()), "the corners of the map differ");
        String weak = map.dimensionLabel(map.ranking().get(demo.latentSize() - 1));
        assertTrue(map.dimensionLabel(x).matches("Dimension \\d+ · changes \\d+%"), map.dimensionLabel(x));
        assertNotEquals(map.dimensionLabel(x).replaceAll(".*changes ", ""), weak.replaceAll(".*changes ", ""),
                "the strongest dimension changes the image more than the weakest");

        // The user moves on while a map is made: only the last map they asked for is shown.
        AtomicInteger mapsShown = new AtomicInteger();
        map.cells().addListener((ListChangeListener<GeneratedImage>) c -> mapsShown.incrementAndGet());
        int x2 = map.ranking().get(2), y2 = map.ranking().get(3);
        map.xDimProperty().set(x2);
        // A job queued behind that map's decode: once it is done, the map is made and waits for the UI thread.
        bed.engine.submit("after the map", ctx -> Boolean.TRUE).await();
        map.classIndexProperty().set(8); // Bag: the finished map is now stale
        map.yDimProperty().set(y2);
        bed.ui.pumpUntil(() -> !map.busyProperty().get() && map.cells().get(0).latent()[x2] == -2.5f, WAIT);
        bed.ui.pumpFor(Duration.ofMillis(300));
        assertEquals(1, mapsShown.get(), "the maps for settings already left were dropped");
        assertEquals(2.5f, map.cells().get(0).latent()[y2]);
        assertEquals(8, map.cells().get(0).classIndex());
        assertTrue(map.statusProperty().get().startsWith("Bag, 9 × 9: "), map.statusProperty().get());

        // The dimension shown up picked for across: the axes swap.
        map.xDimProperty().set(y2);
        assertEquals(x2, map.yDimProperty().get());
        bed.ui.pumpUntil(() -> !map.busyProperty().get() && map.cells().get(0).latent()[y2] == -2.5f, WAIT);
        assertEquals(2.5f, map.cells().get(0).latent()[x2]);
        map.xDimProperty().set(x2);
        assertEquals(y2, map.yDimProperty().get());

        // A tile picked on the grid: the map is redrawn around it, in its class.
        GeneratedImage tile = gen.tiles().get(3);
        gen.toggle(tile);
        bed.ui.pumpUntil(() -> !map.busyProperty().get() && map.cells().get(0).classIndex() == tile.classIndex(), WAIT);
        float[] around = map.cells().get(40).latent();
        for (int d = 0; d < demo.latentSize(); d++) {
            if (d != x2 && d != y2) assertEquals(tile.latent()[d], around[d], "dimension " + d + " stays at the tile's");
        }

        // A cell clicked: it is the picked tile, the sliders are there, and the map is not made again for it.
        int before = mapsShown.get();
        map.choose(20);
        GeneratedImage cell = map.cells().get(20);
        assertSame(cell, map.chosenProperty().get());
        assertEquals(List.of(cell), gen.picked());
        assertArrayEquals(cell.latent(), gen.sliderLatentProperty().get());
        bed.ui.pumpFor(Duration.ofMillis(300));
        assertFalse(map.busyProperty().get());
        assertEquals(before, mapsShown.get(), "moving along the map's own axes shows the same map");

        // A slider moves a dimension off the map's axes: the map is drawn again around the new point.
        int off = map.ranking().get(4);
        gen.slide(off, 1.5);
        assertTrue(map.busyProperty().get(), "a new map is on its way");
        bed.ui.pumpUntil(() -> !map.busyProperty().get() && map.cells().get(0).latent()[off] == 1.5f, WAIT);
        // Cancel: the map being made stops and the last one made stays.
        List<GeneratedImage> last = List.copyOf(map.cells());
        gen.slide(off, -1.5);
        assertTrue(map.busyProperty().get());
        map.cancel();
        assertFalse(map.busyProperty().get());
        assertEquals("Cancelled: the map shown is the last one made.", map.statusProperty().get());
        bed.ui.pumpFor(Duration.ofMillis(300));
        assertEquals(last, map.cells(), "a cancelled map is never shown");

        // Another model (the GAN): no map, and nothing of the VAE's map left.
        CreativeModel gan = gen.models().stream().filter(m -> m.preset().family() == CreativePreset.Family.GAN).findFirst().orElseThrow();
        gen.modelProperty().set(gan);
        assertFalse(map.availableProperty().get());
        assertTrue(map.cells().isEmpty());
        assertNull(map.chosenProperty().get());
        bed.ui.pumpFor(Duration.ofMillis(300));
        assertTrue(map.cells().isEmpty(), "a VAE map still on its way is not shown for the GAN");
    }
}
