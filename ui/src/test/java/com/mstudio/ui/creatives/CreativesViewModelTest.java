package com.mstudio.ui.creatives;

import com.mstudio.engine.api.CreativeFavourite;
import com.mstudio.engine.api.CreativeModel;
import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.CreativeService;
import com.mstudio.engine.api.GeneratedImage;
import com.mstudio.engine.api.ImageSet;
import com.mstudio.engine.api.ImageShape;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Creatives view models on the real engine: import the Fashion-MNIST sample (a small class-balanced subset),
 * train a Classic VAE for two short epochs with live previews and curves, generate a grid, variations, an
 * interpolation and a slider move, keep and remove a favourite, export a tile and read its metadata back, and find
 * the model kept in the workspace.
 */
class CreativesViewModelTest {
    @TempDir Path dir;
    private CreativesTestBed bed;

    @AfterEach
    void close() {
        if (bed != null) bed.close();
    }

    @Test
    void importTrainGenerateExploreKeepAndExport() throws Exception {
        bed = new CreativesTestBed(dir);
        CreativesViewModel vm = bed.viewModel();
        vm.start();
        // The shipped demo model is offered at once and makes a grid without any training.
        bed.ui.pumpUntil(() -> !vm.generation().models().isEmpty() && vm.generation().tiles().size() == 36,
                Duration.ofSeconds(60));
        CreativeModel demo = vm.generation().models().get(0);
        assertTrue(demo.conditional(), "the demo is a conditional VAE: " + demo.name());
        assertEquals("Demo · Classic VAE per class · 60 epochs · fashion_mnist_sample (train)", vm.generation().label(demo),
                "a shipped model is named as a demo, what it is first");
        ImageSetViewModel images = vm.imageSet();
        images.setLimit(400);
        images.open(CreativesTestBed.samples().get(0).source());
        bed.ui.pumpUntil(() -> !images.busyProperty().get(), Duration.ofSeconds(60));
        ImageSet set = images.setProperty().get();
        assertNotNull(set, images.errorProperty().get());
        assertEquals(ImageShape.GREY_28, set.shape(), "an IDX set is suggested at 28 grey");
        assertEquals(400, set.count());
        assertEquals(10, images.strips().size(), "a thumbnail strip per class");
        assertEquals("Bag", images.strips().get(8).title());
        assertTrue(images.summaryProperty().get().contains("400 images · 10 classes · 28×28 grey"));

        ModelSetupViewModel setup = vm.setup();
        setup.presetProperty().set(CreativePreset.CLASSIC_VAE);
        setup.epochsProperty().set("2");
        setup.batchSizeProperty().set("32");
        assertTrue(vm.train(), setup.problemProperty().get());
        TrainingViewModel training = vm.training();
        assertTrue(training.busyProperty().get());
        bed.ui.pumpUntil(() -> !training.busyProperty().get(), CreativesTestBed.TRAINING);
        assertEquals("", training.errorProperty().get());
        assertNotNull(training.resultProperty().get());
        assertTrue(training.previewCountProperty().get() >= 2, "previews arrived while training: " + training.previewCountProperty().get());
        assertFalse(training.previewTiles().isEmpty());
        assertFalse(training.curves().points(CreativeService.SERIES_RECONSTRUCTION).isEmpty(), "live reconstruction loss");
        assertFalse(training.curves().points(CreativeService.SERIES_KL).isEmpty(), "live KL");
        assertTrue(training.messageProperty().get().startsWith("Trained 2 epochs on "), training.messageProperty().get());
        assertTrue(training.qualityTextProperty().get().matches("FID [0-9.]+ \\(real-vs-real floor [0-9.]+\\); "
                        + "[0-9]+% of images pass for real ones \\(real images [0-9]+%\\)"),
                training.qualityTextProperty().get());

        GenerationViewModel gen = vm.generation();
        CreativeModel model = training.resultProperty().get().model();
        assertEquals(model, gen.modelProperty().get(), "the trained model is offered first");
        bed.ui.pumpUntil(() -> gen.tiles().size() == 36 && !gen.busyProperty().get());
        assertEquals(1000, gen.tiles().get(0).seed());
        assertEquals(1035, gen.tiles().get(35).seed());
        List<GeneratedImage> first = List.copyOf(gen.tiles());
        gen.sideProperty().set(4);
        bed.ui.pumpUntil(() -> gen.tiles().size() == 16 && !gen.busyProperty().get());
        assertTrue(Arrays.equals(first.get(3).pixels(), gen.tiles().get(3).pixels()), "same seed, same image");
        gen.regenerate();
        bed.ui.pumpUntil(() -> !gen.busyProperty().get() && gen.tiles().get(0).seed() == 1016);
        assertFalse(Arrays.equals(first.get(0).pixels(), gen.tiles().get(0).pixels()), "Regenerate moves on to new seeds");

        GeneratedImage a = gen.tiles().get(0), b = gen.tiles().get(5);
        gen.toggle(a);
        assertNotNull(gen.sliderLatentProperty().get(), "a VAE offers latent sliders for the picked tile");
        gen.variations(0.3);
        bed.ui.pumpUntil(() -> gen.strip().size() == 8 && !gen.busyProperty().get());
        assertTrue(gen.stripTitleProperty().get().startsWith("Variations of seed 1016"), gen.stripTitleProperty().get());
        gen.toggle(b);
        gen.interpolate(8);
        bed.ui.pumpUntil(() -> !gen.busyProperty().get() && gen.stripTitleProperty().get().startsWith("From"));
        assertEquals(8, gen.strip().size());
        assertTrue(Arrays.equals(a.pixels(), gen.strip().get(0).pixels()), "the strip starts at the first pick");
        GeneratedImage before = gen.sliderImageProperty().get();
        gen.slide(0, 2.5);
        bed.ui.pumpUntil(() -> gen.sliderImageProperty().get() != before && !gen.busyProperty().get());
        assertEquals(-1, gen.sliderImageProperty().get().seed(), "a slider image is made by hand");
        assertEquals(2.5f, gen.sliderLatentProperty().get()[0]);

        FavouritesViewModel favourites = vm.favourites();
        favourites.add(model.name(), a);
        bed.ui.pumpUntil(() -> favourites.favourites().size() == 1);
        assertTrue(favourites.isFavourite(a));
        CreativeFavourite f = favourites.favourites().get(0);
        assertEquals(a.seed(), f.image().seed());
        assertEquals(1, bed.creatives.favourites(bed.workspace).size(), "kept in the workspace");
        favourites.remove(f);
        bed.ui.pumpUntil(() -> favourites.favourites().isEmpty());
        assertEquals(0, bed.creatives.favourites(bed.workspace).size());

        Path png = dir.resolve("tile.png");
        vm.export().exportTile(model, a, 256, png);
        bed.ui.pumpUntil(() -> !vm.export().runningProperty().get());
        assertFalse(vm.export().failedProperty().get(), vm.export().messageProperty().get());
        assertEquals(256, ImageIO.read(png.toFile()).getWidth());
        String meta = pngText(png);
        assertTrue(meta.contains("1016") && meta.contains(model.name()), meta);

        Path grid = dir.resolve("grid.png");
        vm.export().exportGrid(model, gen.tiles(), 4, 64, grid);
        bed.ui.pumpUntil(() -> !vm.export().runningProperty().get());
        assertFalse(vm.export().failedProperty().get(), vm.export().messageProperty().get());
        assertTrue(ImageIO.read(grid.toFile()).getWidth() >= 4 * 64);
        assertTrue(pngText(grid).contains("1016..1031"), "the grid's seeds are in its metadata");

        bed.ui.pumpFor(Duration.ofMillis(300));
        assertEquals("", vm.modelsNoticeProperty().get());
        bed.ui.pumpFor(Duration.ofSeconds(2));
        assertFalse(bed.creatives.kept(bed.workspace).models().isEmpty(), bed.workspace.notices() + " " + bed.workspace.manifest().extensions());
        assertEquals(model.name(), bed.creatives.kept(bed.workspace).models().get(0).name(), "the trained model is kept");
        CreativesViewModel again = bed.viewModel();
        again.start();
        bed.ui.pumpUntil(() -> again.generation().models().size() >= 2, Duration.ofSeconds(30));
        assertEquals(model.name(), again.generation().models().get(0).name(), "kept models come first, then the demos");
        assertFalse(again.generation().label(again.generation().models().get(0)).startsWith("Demo"), "the user's own model is not a demo");
        assertTrue(again.generation().label(again.generation().models().get(1)).startsWith("Demo · "));
    }

    @Test
    void cancelKeepsTheLastFinishedEpochAndSaysSo() {
        bed = new CreativesTestBed(dir);
        CreativesViewModel vm = bed.viewModel();
        vm.imageSet().setLimit(300);
        vm.imageSet().open(CreativesTestBed.samples().get(0).source());
        bed.ui.pumpUntil(() -> vm.imageSet().setProperty().get() != null, Duration.ofSeconds(60));
        vm.setup().epochsProperty().set("200");
        vm.setup().batchSizeProperty().set("30");
        assertTrue(vm.train());
        TrainingViewModel training = vm.training();
        bed.ui.pumpUntil(() -> training.checkpointTextProperty().get().startsWith("Checkpoint after epoch"),
                CreativesTestBed.TRAINING);
        training.cancel();
        assertTrue(training.stoppingProperty().get());
        assertEquals("Stopping… the last finished epoch will be kept.", training.messageProperty().get());
        bed.ui.pumpUntil(() -> !training.busyProperty().get(), CreativesTestBed.TRAINING);
        assertTrue(training.resultProperty().get().cancelled());
        int kept = training.resultProperty().get().model().epochsTrained();
        assertTrue(kept >= 1 && kept < 200);
        assertEquals("Stopped at your request: kept the checkpoint of epoch " + kept + ".", training.noticeProperty().get());
        assertEquals("", training.checkpointTextProperty().get(), "'Cancel keeps it' is gone once the run has ended");
        assertEquals(training.resultProperty().get().model(), vm.generation().modelProperty().get(),
                "the checkpoint can be generated from");
    }

    @Test
    void aFolderWithABrokenFileNamesItAndAMissingFolderKeepsTheSetShown() throws Exception {
        bed = new CreativesTestBed(dir);
        ImageSetViewModel images = bed.viewModel().imageSet();
        Path icons = CreativesTestBed.samples().get(1).source();
        Path folder = dir.resolve("shop");
        for (String cls : List.of("food", "objects")) {
            Files.createDirectories(folder.resolve(cls));
            try (var files = Files.list(icons.resolve(cls))) {
                for (Path p : files.sorted().limit(6).toList()) Files.copy(p, folder.resolve(cls).resolve(p.getFileName()));
            }
        }
        Files.writeString(folder.resolve("food").resolve("broken.png"), "not really a picture");
        images.open(folder);
        bed.ui.pumpUntil(() -> !images.busyProperty().get(), Duration.ofSeconds(60));
        ImageSet set = images.setProperty().get();
        assertNotNull(set, images.errorProperty().get());
        assertEquals(ImageShape.COLOUR_32, set.shape(), "colour pictures are suggested at 32 colour");
        assertEquals(12, set.count());
        assertEquals(List.of("food", "objects"), set.classes());
        assertEquals(1, images.problems().size());
        assertTrue(images.problems().get(0).startsWith("food/broken.png: "), images.problems().get(0));
        assertTrue(images.summaryProperty().get().endsWith("1 file skipped"));

        images.open(dir.resolve("no-such-folder"));
        bed.ui.pumpUntil(() -> !images.busyProperty().get(), Duration.ofSeconds(60));
        assertTrue(images.errorProperty().get().contains("no-such-folder"), images.errorProperty().get());
        assertTrue(images.errorProperty().get().endsWith("The image set shown is unchanged."));
        assertEquals(set, images.setProperty().get());
    }

    /** The PNG's text chunks, flattened into one string. */
    static String pngText(Path png) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            ImageReader r = ImageIO.getImageReaders(in).next();
            r.setInput(in);
            IIOMetadata m = r.getImageMetadata(0);
            StringBuilder b = new StringBuilder();
            collect((org.w3c.dom.Node) m.getAsTree("javax_imageio_png_1.0"), b);
            return b.toString();
        }
    }

    private static void collect(org.w3c.dom.Node n, StringBuilder b) {
        if (n.getAttributes() != null) {
            for (int i = 0; i < n.getAttributes().getLength(); i++) b.append(n.getAttributes().item(i).getNodeValue()).append('|');
        }
        for (org.w3c.dom.Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) collect(c, b);
    }
}
