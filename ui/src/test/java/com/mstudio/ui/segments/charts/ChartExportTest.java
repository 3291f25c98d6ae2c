package com.mstudio.ui.segments.charts;

import com.mstudio.ui.common.charts.ChartPane;
import com.mstudio.ui.shell.Theme;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every chart exports a PNG at twice its size (the heat map: all its rows), from any thread, that reads back with its colours. */
@ExtendWith(ApplicationExtension.class)
class ChartExportTest {
    private StackPane root;

    @Start
    void start(Stage stage) {
        Theme.apply(false);
        root = new StackPane();
        Scene scene = new Scene(root, 720, 450);
        Theme.install(scene);
        stage.setScene(scene);
        stage.sizeToScene(); // a stage reused from another test class keeps its old size otherwise
        stage.show();
    }

    @Test
    void everyChartWritesAPngAtTwiceItsSize(FxRobot robot, @TempDir Path dir) throws IOException {
        SizeChart sizes = new SizeChart();
        DistributionChart distribution = new DistributionChart();
        HeatMapChart heatMap = new HeatMapChart();
        KScoreChart kScores = new KScoreChart();
        ProjectionChart projection = new ProjectionChart();
        int[] assignments = new int[20_000];
        var points = ChartFixtures.projection(assignments.length, assignments);
        robot.interact(() -> {
            sizes.setData(ChartFixtures.profiles());
            distribution.setData(ChartFixtures.tenure());
            heatMap.setData(ChartFixtures.profiles());
            kScores.setData(ChartFixtures.kScan(), 4);
            projection.setData(points, assignments);
        });
        for (ChartPane chart : List.of(sizes, distribution, heatMap, kScores, projection)) {
            robot.interact(() -> root.getChildren().setAll(chart));
            Path file = dir.resolve("charts").resolve(chart.getClass().getSimpleName() + ".png");
            ChartPane.writePng(chart, file); // from the test thread: the drawing hops to the FX thread
            BufferedImage png = ImageIO.read(file.toFile());
            String name = chart.getClass().getSimpleName();
            int w = (int) Math.ceil(chart.getWidth()), h = (int) Math.ceil(chart.getHeight());
            assertTrue(w >= 600 && h >= 400, "laid out at the scene's size: " + w + "×" + h);
            assertEquals(2 * w, png.getWidth(), name);
            if (chart == heatMap) {
                // 20 features do not fit in 450 px on screen (it scrolls); the export is as tall as all of them need.
                assertTrue(png.getHeight() > 2 * h, name + " " + png.getHeight());
            } else {
                assertEquals(2 * h, png.getHeight(), name);
            }
            if (chart == kScores) continue; // k scores use series colours, not segment colours
            javafx.scene.image.Image back = javafx.embed.swing.SwingFXUtils.toFXImage(png, null);
            assertTrue(ChartProbe.countTinted(back, SegmentColors.of(0)) > 400, name + ": segment 1's colour is in the PNG");
        }
    }
}
