package com.mstudio.ui.segments.charts;

import com.mstudio.engine.api.FeatureDistribution;
import com.mstudio.engine.api.SegmentProfile;
import com.mstudio.engine.api.SegmentProfile.FeatureContrast;
import com.mstudio.ui.common.charts.ChartPane;
import com.mstudio.ui.shell.Theme;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;

import static com.mstudio.ui.segments.charts.ChartProbe.clickAt;
import static com.mstudio.ui.segments.charts.ChartProbe.count;
import static com.mstudio.ui.segments.charts.ChartProbe.find;
import static com.mstudio.ui.segments.charts.ChartProbe.moveTo;
import static com.mstudio.ui.segments.charts.ChartProbe.over;
import static com.mstudio.ui.segments.charts.ChartProbe.shot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sizes, distributions, heat map and k scores: empty state, drawing, hover values, clicks, renames and highlight. */
@ExtendWith(ApplicationExtension.class)
class ChartsTest {
    private static final Color WHITE = Color.WHITE; // PrimerLight's -color-bg-default
    private StackPane root;
    private final List<Integer> clicks = new ArrayList<>();

    @Start
    void start(Stage stage) {
        Theme.apply(false);
        root = new StackPane();
        Scene scene = new Scene(root, 900, 560);
        Theme.install(scene);
        stage.setScene(scene);
        stage.sizeToScene(); // a stage reused from another test class keeps its old size otherwise
        stage.show();
    }

    private <T extends ChartPane> T show(FxRobot robot, T chart) {
        robot.interact(() -> {
            chart.setOnSegmentClicked(clicks::add);
            root.getChildren().setAll(chart);
        });
        return chart;
    }

    private static int segmentColourPixels(WritableImage img, int k) {
        int n = 0;
        for (int s = 0; s < k; s++) n += count(img, SegmentColors.of(s));
        return n;
    }

    @Test
    void everyChartShowsAnEmptyStateAndIgnoresClicksWithoutData(FxRobot robot) {
        for (ChartPane chart : List.<ChartPane>of(new SizeChart(), new DistributionChart(), new ProjectionChart(),
                new HeatMapChart(), new KScoreChart())) {
            show(robot, chart);
            WritableImage img = shot(robot, chart);
            assertEquals(0, segmentColourPixels(img, 4), chart.getClass().getSimpleName() + " draws no data");
            int y = (int) ((ChartPane.TITLE_HEIGHT + img.getHeight()) / 2); // the middle below the title
            int textPixels = 0;
            for (int x = 0; x < img.getWidth(); x++) {
                for (int dy = -8; dy <= 8; dy++) if (!ChartProbe.close(img.getPixelReader().getColor(x, y + dy), WHITE)) textPixels++;
            }
            assertTrue(textPixels > 100, chart.getClass().getSimpleName() + " writes its empty-state line in the middle");
            clickAt(robot, chart, new Point2D(img.getWidth() / 2, y));
            assertEquals("", chart.getTooltipText());
        }
        assertEquals(List.of(), clicks, "no data, nothing to click");
    }

    @Test
    void sizeBarsShowValuesOnHoverAndReportClicks(FxRobot robot) {
        SizeChart chart = show(robot, new SizeChart());
        robot.interact(() -> chart.setData(ChartFixtures.profiles()));
        WritableImage img = shot(robot, chart);
        for (int s = 0; s < 4; s++) assertTrue(count(img, SegmentColors.of(s)) > 500, "a bar for segment " + s);

        Point2D bar = find(img, SegmentColors.of(2));
        moveTo(robot, chart, bar);
        assertTrue(chart.getTooltipText().startsWith("Low spend, no internet service\n1,526 customers · 21.7% of all"),
                chart.getTooltipText());
        clickAt(robot, chart, bar);
        clickAt(robot, chart, new Point2D(chart.getWidth() - 20, chart.getHeight() - 20));
        assertEquals(List.of(2, -1), clicks, "the bar's segment, then the background for all");

        robot.interact(() -> chart.setSegmentNames(List.of("A", "B", "Budget households", "D")));
        moveTo(robot, chart, bar.add(0, 1));
        assertTrue(chart.getTooltipText().startsWith("Budget households\n"), "renamed at once: " + chart.getTooltipText());

        robot.interact(() -> chart.setHighlightedSegment(1));
        robot.moveTo(robot.point(0, 0).query());
        img = shot(robot, chart);
        assertEquals(0, count(img, SegmentColors.of(0)), "other segments are dimmed");
        assertTrue(count(img, SegmentColors.of(1)) > 500, "the highlighted one keeps its colour");
    }

    @Test
    void boxPlotsAndStackedSharesAnswerPerSegment(FxRobot robot) {
        DistributionChart chart = show(robot, new DistributionChart());
        robot.interact(() -> {
            chart.setSegmentNames(ChartFixtures.NAMES);
            chart.setData(ChartFixtures.tenure());
        });
        WritableImage img = shot(robot, chart);
        Point2D box = find(img, over(SegmentColors.of(1), 0.35, WHITE));
        moveTo(robot, chart, box);
        assertTrue(chart.getTooltipText().startsWith("New, month-to-month, fiber optic · tenure\nMedian 6 · mean 9.40"),
                chart.getTooltipText());
        assertTrue(chart.getTooltipText().contains("Middle half 2 – 14") && chart.getTooltipText().contains("1,872 values"));
        clickAt(robot, chart, box);
        Point2D all = find(img, over(SegmentColors.of(-1), 0.35, WHITE));
        clickAt(robot, chart, all);
        assertEquals(List.of(1, -1), clicks, "a segment's box, then the all-customers row");

        robot.interact(() -> chart.setData(ChartFixtures.contract()));
        robot.moveTo(robot.point(0, 0).query());
        img = shot(robot, chart);
        // "Two year" is the second category; its widest run is segment 0's 66%.
        Point2D twoYear = find(img, DistributionChart.categoryColor("Two year", 1));
        moveTo(robot, chart, twoYear);
        assertEquals("Long tenure, Two year contract\nContract = Two year: 66.0%\nAll customers: 24.0%", chart.getTooltipText());
        clickAt(robot, chart, twoYear);
        assertEquals(List.of(1, -1, 0), clicks);
    }

    /** Two segments, {@code n} features: feature f has z = (f + 1) / n * 4 in segment 0 and the opposite in segment 1. */
    private static List<SegmentProfile> distinctZ(int n) {
        List<SegmentProfile> out = new ArrayList<>();
        for (int s = 0; s < 2; s++) {
            List<FeatureContrast> cs = new ArrayList<>();
            for (int f = 0; f < n; f++) {
                double z = (s == 0 ? 1 : -1) * (f + 1) * 4.0 / n;
                String name = f == 0 ? "PaymentMethod=Bank transfer (automatic) with a much longer label" : "feature_" + f;
                cs.add(new FeatureContrast(name, "c" + f, f == 0, 0.5 + z / 10, 0.5, z, (0.5 + z / 10) / 0.5));
            }
            out.add(new SegmentProfile(s, s == 0 ? "Loyal families" : "Price hunters", "", 100, 0.5, cs, List.of()));
        }
        return out;
    }

    @Test
    void heatMapCellsShowTheirZScoreAndLongFeatureNamesInFull(FxRobot robot) {
        HeatMapChart chart = show(robot, new HeatMapChart());
        robot.interact(() -> chart.setData(distinctZ(40)));
        WritableImage img = shot(robot, chart);
        Point2D cell = find(img, chart.colorOf(-4.0 * 3 / 40)); // segment 1, feature 2
        moveTo(robot, chart, cell);
        assertEquals("feature_2\nPrice hunters\nMean 0.4700 vs 0.5000 for all customers\nz-score -0.30 · lift 0.94",
                chart.getTooltipText());
        clickAt(robot, chart, cell);
        assertEquals(List.of(1), clicks);

        Point2D first = find(img, chart.colorOf(4.0 / 40)); // segment 0, feature 0: its label is cut
        moveTo(robot, chart, new Point2D(30, first.getY()));
        assertEquals("PaymentMethod=Bank transfer (automatic) with a much longer label", chart.getTooltipText());

        // 40 rows do not fit in 560 px at a readable height: the wheel scrolls them.
        moveTo(robot, chart, cell);
        // The wheel one notch down, as JavaFX reports it (negative deltaY); Monocle's robot has no wheel.
        robot.interact(() -> javafx.event.Event.fireEvent(chart, new javafx.scene.input.ScrollEvent(
                javafx.scene.input.ScrollEvent.SCROLL, cell.getX(), cell.getY(), 0, 0, false, false, false, false,
                false, false, 0, -40, 0, -40, javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        moveTo(robot, chart, cell.add(0, 40)); // away and back: the pointer must move for a hover
        moveTo(robot, chart, cell);
        assertTrue(chart.getTooltipText().startsWith("feature_5\n"), "scrolled by 3 rows: " + chart.getTooltipText());
    }

    @Test
    void kScoresShowBothScoresAndClickingAKAsksForIt(FxRobot robot) {
        KScoreChart chart = show(robot, new KScoreChart());
        List<Integer> ks = new ArrayList<>();
        robot.interact(() -> {
            chart.setData(ChartFixtures.kScan(), 4);
            chart.setOnKClicked(ks::add);
        });
        Point2D six = chart.positionOf(6);
        moveTo(robot, chart, six);
        assertEquals("k = 6\nInertia 22,900\nSilhouette 0.297\nClick to re-run with k = 6", chart.getTooltipText());
        clickAt(robot, chart, six);
        moveTo(robot, chart, chart.positionOf(4));
        assertTrue(chart.getTooltipText().startsWith("k = 4 (chosen)\n"));
        assertEquals(List.of(6), ks);
        assertEquals(List.of(), clicks, "a k is not a segment");
    }

    @Test
    void distributionsWithoutBoxesOrSharesAreEmpty(FxRobot robot) {
        DistributionChart chart = show(robot, new DistributionChart());
        robot.interact(() -> chart.setData(new FeatureDistribution("tenure", false, List.of(), null, null)));
        assertEquals(0, segmentColourPixels(shot(robot, chart), 4));
    }
}
