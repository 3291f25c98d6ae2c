package com.mstudio.ui.creatives;

import com.mstudio.engine.api.CreativePreset;
import com.mstudio.ui.shell.Area;
import com.mstudio.ui.shell.Theme;
import com.mstudio.ui.support.UiHarness;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static com.mstudio.ui.support.UiHarness.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Creatives screen in the real window (Monocle) on the real engine with ND4J, image service, creative service and
 * workspace: pick the Fashion sample → train a Classic VAE briefly → the preview grid updates → a grid → variations →
 * interpolation → a favourite → export a tile (size and metadata read back) → compose a story ad and export it
 * (1080×1920). Screenshots go to ui/target/screenshots/creatives, or docs/screenshots/creatives with
 * {@code -Dscreenshots=true}.
 */
@ExtendWith(ApplicationExtension.class)
class CreativesFlowTest {
    private final UiHarness h = new UiHarness(true);
    private final Path shots = UiHarness.screenshots("creatives");
    private Path out;
    private static final boolean DOCS = Boolean.getBoolean("screenshots");

    @Start
    void start(Stage stage) throws IOException {
        out = Files.createTempDirectory("creatives-flow");
        h.show(stage);
        h.ui.creativesView().setFileChooser(out::resolve);
        // A quick run: a class-balanced 600 of the sample's 5,000 images (all of them for the docs' screenshots, so
        // that the pictures there show what a real run makes).
        h.ui.creatives().imageSet().setLimit(DOCS ? 0 : 600);
    }

    @AfterEach
    void stop() {
        Theme.apply(false);
        h.close();
    }

    private CreativesViewModel vm() {
        return h.ui.creatives();
    }

    private void shot(FxRobot robot, String name) throws IOException {
        h.screenshot(robot, shots, name);
    }

    @Test
    void sampleTrainPreviewGridVariationsInterpolateFavouriteExportAndComposeAnAd(FxRobot robot) throws Exception {
        robot.clickOn("#nav-creatives");
        assertEquals(Area.CREATIVES, h.ui.window().areaProperty().get());
        // The shipped demo model's grid is ready at once, so the screen opens on Generate, with its quality said.
        waitFor(60, () -> vm().generation().tiles().size() == 36 && !vm().generation().busyProperty().get());
        waitFor(10, () -> h.ui.creativesView().tabs().getSelectionModel().getSelectedIndex() == 2);
        javafx.scene.control.Label demoQuality = h.lookup("#generate-quality");
        assertTrue(demoQuality.isVisible() && demoQuality.getText().matches(
                "Quality: FID [0-9.]+ \\(real-vs-real floor [0-9.]+\\), lower is better"
                        + "(; [0-9]+% of images pass for real ones \\(real images [0-9]+%\\))?"), demoQuality.getText());
        shot(robot, "00-start");
        robot.interact(() -> h.ui.creativesView().tabs().getSelectionModel().select(0));

        // The colour icons first: the classic presets (28×28 grey only) are disabled with the reason.
        robot.clickOn("#image-sample-1");
        waitFor(60, () -> vm().imageSet().setProperty().get() != null && !vm().imageSet().busyProperty().get());
        assertEquals(com.mstudio.engine.api.ImageShape.COLOUR_32, vm().imageSet().setProperty().get().shape());
        assertEquals(1, h.ui.creativesView().tabs().getSelectionModel().getSelectedIndex(), "on to the Train tab");
        assertTrue(h.lookup("#preset-classic-gan").isDisabled());
        assertFalse(h.lookup("#preset-dcgan").isDisabled());
        assertFalse(h.lookup("#setup-conditional").isDisabled(), "the icons have classes");
        shot(robot, "01-icons-presets");
        robot.interact(() -> h.ui.creativesView().tabs().getSelectionModel().select(0));
        robot.clickOn("#image-sample-0");
        waitFor(60, () -> vm().imageSet().setProperty().get() != null && !vm().imageSet().busyProperty().get()
                && vm().imageSet().setProperty().get().shape().equals(com.mstudio.engine.api.ImageShape.GREY_28));
        assertEquals(DOCS ? 5000 : 600, vm().imageSet().setProperty().get().count());
        robot.interact(() -> h.ui.creativesView().tabs().getSelectionModel().select(0));
        shot(robot, "01-images");
        assertEquals(10, vm().imageSet().strips().size());

        robot.interact(() -> h.ui.creativesView().tabs().getSelectionModel().select(1));
        robot.clickOn("#preset-classic-vae");
        assertEquals(CreativePreset.CLASSIC_VAE, vm().setup().presetProperty().get());
        robot.doubleClickOn("#setup-epochs").eraseText(3).write(DOCS ? "12" : "4");
        robot.interact(() -> vm().setup().batchSizeProperty().set("32"));
        robot.clickOn("#creatives-train");
        TrainingViewModel training = vm().training();
        waitFor(120, () -> training.previewCountProperty().get() >= 2 || !training.busyProperty().get());
        int previews = training.previewCountProperty().get();
        assertTrue(previews >= 1, "a preview grid arrived");
        assertTrue(h.ui.creativesView().trainingPane().isVisible());
        if (training.busyProperty().get()) shot(robot, "02-training");
        waitFor(DOCS ? 600 : 180, () -> !training.busyProperty().get());
        assertEquals("", training.errorProperty().get());
        assertTrue(training.previewCountProperty().get() > previews || previews >= 2, "the preview updated");
        assertFalse(h.ui.creativesView().trainingPane().chart().getSeries().isEmpty(), "loss curves drawn");
        javafx.scene.control.Label quality = h.lookup("#creatives-quality");
        assertTrue(quality.isVisible() && quality.getText().startsWith("FID "), quality.getText());
        assertEquals(2, h.ui.creativesView().tabs().getSelectionModel().getSelectedIndex(), "on to Generate");
        robot.interact(() -> h.ui.creativesView().tabs().getSelectionModel().select(1));
        shot(robot, "02-trained");

        waitFor(60, () -> vm().generation().tiles().size() == 36 && !vm().generation().busyProperty().get());
        robot.interact(() -> h.ui.creativesView().tabs().getSelectionModel().select(2));
        assertNotNull(h.lookup("#tile-35"));
        shot(robot, "03-grid");

        robot.clickOn("#tile-0");
        assertEquals(1, vm().generation().picked().size());
        robot.clickOn("#creatives-variations");
        waitFor(60, () -> vm().generation().strip().size() == 8 && !vm().generation().busyProperty().get());
        assertNotNull(h.lookup("#frame-7"));
        shot(robot, "04-variations");

        robot.clickOn("#tile-7");
        robot.clickOn("#creatives-interpolate");
        waitFor(60, () -> vm().generation().stripTitleProperty().get().startsWith("From") && !vm().generation().busyProperty().get());
        shot(robot, "05-interpolation");

        robot.clickOn("#tile-star-3");
        waitFor(30, () -> vm().favourites().favourites().size() == 1);
        assertNotNull(h.lookup("#favourite-0"));

        robot.clickOn("#creatives-export-tile");
        waitFor(30, () -> !vm().export().runningProperty().get() && !vm().export().messageProperty().get().isEmpty());
        assertFalse(vm().export().failedProperty().get(), vm().export().messageProperty().get());
        Path tile = out.resolve("creative-seed-1007.png");
        BufferedImage tileImage = ImageIO.read(tile.toFile());
        assertEquals(512, tileImage.getWidth());
        String meta = CreativesViewModelTest.pngText(tile);
        assertTrue(meta.contains("1007") && meta.contains("Classic VAE"), meta);

        robot.clickOn("#creatives-use-in-ad");
        assertEquals(3, h.ui.creativesView().tabs().getSelectionModel().getSelectedIndex());
        robot.interact(() -> {
            vm().composer().formatProperty().set(AdFormat.STORY);
            vm().composer().useHeadline("Winter layers, made to last");
        });
        shot(robot, "06-composer");
        robot.clickOn("#ad-export");
        waitFor(30, () -> !vm().export().runningProperty().get() && vm().export().messageProperty().get().contains("ad"));
        assertFalse(vm().export().failedProperty().get(), vm().export().messageProperty().get());
        BufferedImage ad = ImageIO.read(out.resolve("ad-story-1080x1920.png").toFile());
        assertEquals(1080, ad.getWidth());
        assertEquals(1920, ad.getHeight());
        int corner = ad.getRGB(5, 5);
        assertEquals(0xFFF4F1EA, corner, "the brand background fills the ad");
    }
}
