package com.mstudio.ui.creatives;

import com.mstudio.engine.api.GeneratedImage;
import com.mstudio.ui.shell.Theme;
import com.mstudio.ui.support.UiHarness;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static com.mstudio.ui.support.UiHarness.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The latent map in the real window (Monocle) on the shipped demo CVAE: the screen opens on Generate with the demo's
 * grid, the map is opened, its axes name the two dimensions chosen, a cell is clicked (shown large, picked, the
 * sliders at it) and starred into the favourites; a GAN hides the map. Screenshots go to
 * ui/target/screenshots/creatives (docs/screenshots/creatives with {@code -Dscreenshots=true}).
 */
@ExtendWith(ApplicationExtension.class)
class LatentMapFlowTest {
    private final UiHarness h = new UiHarness(true);
    private final Path shots = UiHarness.screenshots("creatives");

    @Start
    void start(Stage stage) {
        h.show(stage);
    }

    @AfterEach
    void stop() {
        Theme.apply(false);
        h.close();
    }

    @Test
    void openTheDemoCvaesMapAndClickACell(FxRobot robot) throws IOException {
        robot.clickOn("#nav-creatives");
        CreativesViewModel vm = h.ui.creatives();
        waitFor(60, () -> vm.generation().tiles().size() == 36 && !vm.generation().busyProperty().get());
        waitFor(10, () -> h.ui.creativesView().tabs().getSelectionModel().getSelectedIndex() == 2);
        assertTrue(vm.generation().modelProperty().get().name().contains("Classic VAE per class"));
        Label quality = h.lookup("#generate-quality");
        assertTrue(quality.getText().startsWith("Quality: FID "), quality.getText());

        robot.clickOn("#generate-show-map");
        LatentMapViewModel map = vm.latentMap();
        assertTrue(map.openProperty().get());
        waitFor(60, () -> map.cells().size() == 81 && !map.busyProperty().get());
        waitFor(10, () -> h.lookup("#map-cell-80") != null);
        String across = LatentMapViewModel.dimensionName(map.xDimProperty().get());
        String up = LatentMapViewModel.dimensionName(map.yDimProperty().get());
        assertEquals(across + "  →", ((Label) h.lookup("#map-x-label")).getText());
        assertEquals(up + "  →", ((Label) h.lookup("#map-y-label")).getText());
        assertTrue(((Label) h.lookup("#map-status")).getText().startsWith("T-shirt/top, 9 × 9: " + across + " across"),
                ((Label) h.lookup("#map-status")).getText());
        assertFalse(h.lookup("#map-chosen").isVisible(), "nothing chosen yet");
        shot(robot, "07-latent-map");
        // What upscaling a new map's cells costs: done on the I/O lane (TileImages.prefetch), then kept for redraws.
        TileImages fresh = new TileImages(h.images, null);
        long t0 = System.nanoTime();
        for (GeneratedImage g : map.cells()) fresh.image(g.pixels(), g.shape(), 44);
        System.out.printf(java.util.Locale.ROOT, "latent map: upscaling 81 cells to 44 px took %.1f ms (on the I/O lane in the app)%n",
                (System.nanoTime() - t0) / 1e6);

        robot.clickOn("#map-cell-30");
        GeneratedImage cell = map.cells().get(30);
        assertSame(cell, map.chosenProperty().get());
        assertEquals(List.of(cell), vm.generation().picked(), "the clicked cell is the picked tile");
        Node chosen = h.lookup("#map-chosen");
        assertTrue(chosen.isVisible());
        assertNotNull(robot.from(chosen).lookup((ImageView v) -> v.getImage() != null).query(), "shown large");
        assertTrue(((Label) h.lookup("#map-chosen-caption")).getText().startsWith("T-shirt/top\n" + across + " = "));
        assertEquals(across, ((Label) robot.from(h.<Node>lookup("#latent-sliders")).lookup(".label")
                .match((Label l) -> l.getText().startsWith("Dimension ")).query()).getText(), "the first slider moves the map's x axis");
        assertFalse(h.lookup("#creatives-variations").isDisabled(), "the tile actions work on it");

        robot.clickOn("#map-favourite");
        waitFor(30, () -> vm.favourites().favourites().size() == 1);
        assertEquals(-1, vm.favourites().favourites().get(0).image().seed());
        waitFor(10, () -> h.lookup("#map-favourite").isDisabled());
        shot(robot, "08-latent-map-chosen");

        // The GAN has no latent map: back to the grid.
        robot.interact(() -> vm.generation().modelProperty().set(vm.generation().models().stream()
                .filter(m -> m.name().contains("GAN")).findFirst().orElseThrow()));
        assertFalse(map.openProperty().get());
        assertFalse(h.lookup("#generate-view-switch").isVisible(), "no Latent map button for a GAN");
    }

    private void shot(FxRobot robot, String name) throws IOException {
        h.screenshot(robot, shots, name);
    }
}
