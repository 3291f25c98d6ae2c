package com.mstudio.ui.segments.charts;

import com.mstudio.engine.api.SegmentationResult.Projection;
import com.mstudio.ui.shell.Theme;
import com.mstudio.ui.support.UiHarness;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static com.mstudio.ui.segments.charts.ChartProbe.clickAt;
import static com.mstudio.ui.segments.charts.ChartProbe.moveTo;
import static com.mstudio.ui.segments.charts.ChartProbe.shot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scatter with a million points: it draws, hovers and clicks by nearest point, and highlights by re-rasterising. */
@ExtendWith(ApplicationExtension.class)
class ProjectionChartTest {
    private static final int N = 1_000_000;
    private ProjectionChart chart;

    @Start
    void start(Stage stage) {
        Theme.apply(false);
        chart = new ProjectionChart();
        Scene scene = new Scene(new StackPane(chart), 1000, 640);
        Theme.install(scene);
        stage.setScene(scene);
        stage.sizeToScene(); // a stage reused from another test class keeps its old size otherwise
        stage.show();
    }

    @Test
    void aMillionPointsDrawHoverAndClick(FxRobot robot) {
        int[] assignments = new int[N];
        Projection p = ChartFixtures.projection(N, assignments);
        List<Integer> clicks = new ArrayList<>();
        long t0 = System.nanoTime();
        long[] onFxThread = new long[1];
        robot.interact(() -> {
            chart.setOnSegmentClicked(clicks::add);
            chart.setSegmentNames(ChartFixtures.NAMES);
            long s0 = System.nanoTime();
            chart.setData(p, assignments);
            onFxThread[0] = System.nanoTime() - s0;
        });
        long setMs = onFxThread[0] / 1_000_000;
        UiHarness.waitFor(() -> chart.isUpToDate());
        long readyMs = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf(Locale.ROOT, "ProjectionChart: 1,000,000 points: setData returned to the FX thread in %d ms; "
                        + "image on screen after %d ms (rasterising %.1f ms, in the background) at %.0f×%.0f%n",
                setMs, readyMs, chart.lastRasterNanos() / 1e6, chart.getWidth(), chart.getHeight());

        WritableImage img = shot(robot, chart);
        for (int s = 0; s < 4; s++) {
            assertTrue(ChartProbe.countTinted(img, SegmentColors.of(s)) > 2000, "segment " + s + "'s points are drawn in its colour");
        }

        // The rightmost point is segment 0's (its blob is centred furthest right): few neighbours, so it is the nearest.
        int right = 0;
        for (int i = 1; i < N; i++) if (p.x()[i] > p.x()[right]) right = i;
        Point2D at = chart.pointPosition(right);
        long h0 = System.nanoTime();
        moveTo(robot, chart, at);
        System.out.printf(Locale.ROOT, "ProjectionChart: hover to tooltip %d ms (robot included)%n", (System.nanoTime() - h0) / 1_000_000);
        String expected = String.format(Locale.ROOT, "Long tenure, Two year contract\nPC1 %.3f · PC2 %.3f\nRow %,d",
                p.x()[right], p.y()[right], right + 1);
        assertEquals(expected, chart.getTooltipText());
        clickAt(robot, chart, at);
        // Near the plot's top left corner (about PC1 -6, PC2 4): no customer there, so the click means "all".
        clickAt(robot, chart, new Point2D(72, 100));
        assertEquals(List.of(0, -1), clicks);

        long r0 = System.nanoTime();
        robot.interact(() -> chart.setHighlightedSegment(2));
        UiHarness.waitFor(() -> chart.isUpToDate());
        System.out.printf(Locale.ROOT, "ProjectionChart: highlight re-rasterised and shown in %d ms (rasterising %.1f ms)%n",
                (System.nanoTime() - r0) / 1_000_000, chart.lastRasterNanos() / 1e6);
        robot.moveTo(robot.point(0, 0).query());
        img = shot(robot, chart);
        assertTrue(ChartProbe.countTinted(img, SegmentColors.of(2)) > 2000, "the highlighted segment keeps its colour");
        assertEquals(0, ChartProbe.countTinted(img, SegmentColors.of(0)), "the others are greyed");
    }

    @Test
    void rejectsAssignmentsThatDoNotMatchThePoints() {
        Projection p = new Projection(new float[]{1, 2}, new float[]{1, 2}, new double[]{0.5, 0.3});
        assertThrows(IllegalArgumentException.class, () -> chart.setData(p, new int[]{0}));
    }

    @Test
    void axisLabelsGiveTheExplainedVariance(FxRobot robot) {
        Projection p = new Projection(new float[]{0, 1, 2}, new float[]{2, 1, 0}, new double[]{0.342, 0.187});
        robot.interact(() -> chart.setData(p, new int[]{0, 1, 1}));
        assertEquals("PC1 (34% of variance)", chart.axisLabel(0));
        assertEquals("PC2 (19% of variance)", chart.axisLabel(1));
    }
}
