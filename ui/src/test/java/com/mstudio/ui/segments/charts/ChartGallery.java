package com.mstudio.ui.segments.charts;

import com.mstudio.ui.common.charts.ChartPane;
import com.mstudio.ui.shell.Theme;
import com.mstudio.ui.support.UiHarness;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Not a test: all five charts with Telco-like data at 1280×800, in the light and the dark theme, written to
 * ui/target/screenshots/segments/ to look at. Run with {@code -Dtest=ChartGallery -Dscreenshots=true}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
@ExtendWith(ApplicationExtension.class)
class ChartGallery {
    private final Path out = Path.of("target", "screenshots", "segments");
    private Scene scene;
    private SizeChart sizes;
    private KScoreChart kScores;
    private ProjectionChart projection;
    private DistributionChart distribution;
    private DistributionChart categories;
    private HeatMapChart heatMap;

    @Start
    void start(Stage stage) {
        Theme.apply(false);
        sizes = new SizeChart();
        kScores = new KScoreChart();
        projection = new ProjectionChart();
        distribution = new DistributionChart();
        categories = new DistributionChart();
        heatMap = new HeatMapChart();
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(12);
        grid.setPadding(new Insets(16));
        grid.getStyleClass().add("gallery");
        grid.setStyle("-fx-background-color: -color-bg-subtle;");
        for (double pct : new double[]{30, 32, 38}) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(pct);
            grid.getColumnConstraints().add(c);
        }
        for (int i = 0; i < 2; i++) {
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(50);
            r.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(r);
        }
        grid.add(sizes, 0, 0);
        grid.add(kScores, 0, 1);
        grid.add(projection, 1, 0);
        grid.add(distribution, 1, 1);
        grid.add(heatMap, 2, 0, 1, 2);
        scene = new Scene(grid, 1280, 800);
        Theme.install(scene);
        stage.setScene(scene);
        stage.sizeToScene(); // a stage reused from another test class keeps its old size otherwise
        stage.show();
    }

    private void shot(FxRobot robot, Scene s, String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<WritableImage> img = new AtomicReference<>();
        robot.interact(() -> img.set(s.snapshot(null)));
        Files.createDirectories(out);
        ImageIO.write(SwingFXUtils.fromFXImage(img.get(), null), "png", out.resolve(name + ".png").toFile());
    }

    @Test
    void gallery(FxRobot robot) throws IOException {
        shot(robot, scene, "charts-empty");
        int n = 1_000_000;
        int[] assignments = new int[n];
        var p = ChartFixtures.projection(n, assignments);
        robot.interact(() -> {
            sizes.setData(ChartFixtures.profiles());
            kScores.setData(ChartFixtures.kScan(), 4);
            projection.setData(p, assignments);
            projection.setSegmentNames(ChartFixtures.NAMES);
            distribution.setData(ChartFixtures.tenure());
            distribution.setSegmentNames(ChartFixtures.NAMES);
            heatMap.setData(ChartFixtures.profiles());
        });
        UiHarness.waitFor(() -> projection.isUpToDate());
        robot.moveTo(heatMap).moveBy(60, -120);
        shot(robot, scene, "charts-light");
        robot.interact(() -> Theme.apply(true));
        robot.moveTo(sizes).moveBy(-20, 10);
        UiHarness.waitFor(() -> projection.isUpToDate());
        shot(robot, scene, "charts-dark");
        robot.interact(() -> {
            categories.setData(ChartFixtures.contract());
            categories.setSegmentNames(ChartFixtures.NAMES);
            heatMap.setData(ChartFixtures.profiles(8, 45));
            sizes.setData(ChartFixtures.profiles(10, 5));
            sizes.setHighlightedSegment(2);
            projection.setHighlightedSegment(1);
            distribution.setHighlightedSegment(1);
            heatMap.setHighlightedSegment(3);
            ((GridPane) scene.getRoot()).getChildren().remove(distribution);
            ((GridPane) scene.getRoot()).add(categories, 1, 1);
        });
        UiHarness.waitFor(() -> projection.isUpToDate());
        shot(robot, scene, "charts-dark-highlight-many");
        robot.interact(() -> Theme.apply(false));
        UiHarness.waitFor(() -> projection.isUpToDate());
        shot(robot, scene, "charts-light-highlight-many");

        // The smallest window: 10 segments with 40-character names, two segments, and a 2x export of each chart.
        robot.interact(() -> {
            scene.getWindow().setWidth(1024);
            scene.getWindow().setHeight(640);
            List<String> longNames = new ArrayList<>();
            for (int s = 0; s < 10; s++) longNames.add("Segment " + (s + 1) + ": long tenure, two year, no churn");
            for (ChartPane c : List.of(sizes, projection, categories, heatMap)) {
                c.setSegmentNames(longNames);
                c.setHighlightedSegment(-1);
            }
            distribution.setHighlightedSegment(-1);
            heatMap.setData(ChartFixtures.profiles(2, 30));
            kScores.setData(ChartFixtures.kScan().subList(0, 3), 3);
        });
        UiHarness.waitFor(() -> projection.isUpToDate());
        shot(robot, scene, "charts-min-size-long-names");
        for (ChartPane c : List.of(sizes, kScores, projection, categories, heatMap)) {
            ChartPane.writePng(c, out.resolve("export-" + c.getClass().getSimpleName() + ".png"));
        }
    }
}
