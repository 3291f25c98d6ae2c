package com.mstudio.ui.segments;

import com.mstudio.engine.api.FeatureDistribution;
import com.mstudio.engine.api.SegmentationResult;
import com.mstudio.ui.common.charts.ChartPane;
import com.mstudio.ui.segments.charts.DistributionChart;
import com.mstudio.ui.segments.charts.HeatMapChart;
import com.mstudio.ui.segments.charts.KScoreChart;
import com.mstudio.ui.segments.charts.ProjectionChart;
import com.mstudio.ui.segments.charts.SizeChart;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result's charts in tabs: sizes, the distribution of a chosen column, the 2D map, the heat map of z-scores and the
 * auto-k scores. Clicking a segment in any of them selects it (and filters the customer table); the selected segment
 * is highlighted in all of them. The selected tab is remembered.
 */
final class SegmentCharts extends TabPane {
    private final SegmentsViewModel vm;
    private final SizeChart sizes = new SizeChart();
    private final DistributionChart distribution = new DistributionChart();
    private final ProjectionChart map = new ProjectionChart();
    private final HeatMapChart heat = new HeatMapChart();
    private final KScoreChart kScores = new KScoreChart();
    private final ComboBox<String> column = new ComboBox<>();
    private final Label noScan = new Label();
    private final Label mapNote = new Label();

    SegmentCharts(SegmentsViewModel vm) {
        this.vm = vm;
        setId("segment-charts");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        sizes.setId("chart-sizes");
        distribution.setId("chart-distribution");
        map.setId("chart-map");
        heat.setId("chart-heatmap");
        kScores.setId("chart-autok");
        for (ChartPane c : charts().values()) {
            c.setOnSegmentClicked(id -> vm.selection().select(id));
        }
        kScores.setOnKClicked(k -> vm.setup().chooseK(k));

        column.setId("distribution-column");
        column.valueProperty().addListener((o, was, now) -> showDistribution());
        Label columnLabel = new Label("Column");
        HBox columnRow = new HBox(8, columnLabel, column);
        columnRow.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(distribution, Priority.ALWAYS);
        VBox distributionBox = new VBox(8, columnRow, distribution);

        mapNote.getStyleClass().add("muted");
        mapNote.setWrapText(true);
        mapNote.setMinHeight(USE_PREF_SIZE);
        VBox.setVgrow(map, Priority.ALWAYS);
        VBox mapBox = new VBox(4, map, mapNote);

        noScan.setId("autok-empty");
        noScan.getStyleClass().add("muted");
        noScan.setWrapText(true);
        noScan.setMaxWidth(420);
        StackPane kBox = new StackPane(kScores, noScan);

        getTabs().setAll(tab("Sizes", "sizes", sizes), tab("Distribution", "distribution", distributionBox),
                tab("Map", "map", mapBox), tab("Heat map", "heatmap", heat), tab("Auto-k", "autok", kBox));
        select(vm.chartTabProperty().get());
        vm.chartTabProperty().addListener((o, was, now) -> select(now));
        getSelectionModel().selectedItemProperty().addListener((o, was, now) ->
                vm.chartTabProperty().set(now.getId().substring("charts-".length())));

        show(vm.resultProperty().get());
        vm.resultProperty().addListener((o, was, now) -> {
            if (SegmentSelection.onlyNamesDiffer(was, now)) names(now);
            else show(now);
        });
        vm.selection().selectedProperty().addListener((o, was, now) ->
                charts().values().forEach(c -> c.setHighlightedSegment(now.intValue())));
    }

    /** Every chart by the file name it is exported under; the auto-k chart only when there is a scan to show. */
    Map<String, ChartPane> charts() {
        Map<String, ChartPane> all = new LinkedHashMap<>();
        all.put("sizes", sizes);
        all.put("distribution", distribution);
        all.put("map", map);
        all.put("heatmap", heat);
        SegmentationResult r = vm.resultProperty().get();
        if (r == null || !r.kScan().isEmpty()) all.put("auto-k", kScores);
        return all;
    }

    private void show(SegmentationResult r) {
        if (r == null) return;
        sizes.setData(r.profiles());
        heat.setData(r.profiles());
        map.setData(r.projection(), r.assignments());
        double[] ev = r.projection() == null ? new double[0] : r.projection().explainedVariance();
        mapNote.setText(ev.length < 2 ? "" : String.format(java.util.Locale.ROOT,
                "Each dot is a customer, placed by its two main directions of difference (%.0f%% and %.0f%% of the variation).",
                ev[0] * 100, ev[1] * 100));
        kScores.setData(r.kScan(), r.chosenK());
        boolean scanned = !r.kScan().isEmpty();
        kScores.setVisible(scanned);
        noScan.setVisible(!scanned);
        noScan.setText(r.model().method() == com.mstudio.engine.api.SegmentationRequest.Method.RFM
                ? "RFM groups come from fixed score rules, so there is no number of segments to choose."
                : "k was fixed at " + r.chosenK() + ", so no other k was scored. Choose \"Auto\" in the setup to compare "
                + "k from 2 to 10 here.");
        List<String> columns = new ArrayList<>(r.distributions().stream().map(FeatureDistribution::column).toList());
        String keep = column.getValue();
        column.getItems().setAll(columns);
        column.setValue(columns.contains(keep) ? keep : columns.isEmpty() ? null : columns.get(0));
        showDistribution();
        names(r);
        int selected = vm.selection().selectedProperty().get();
        charts().values().forEach(c -> c.setHighlightedSegment(selected));
    }

    private void names(SegmentationResult r) {
        for (ChartPane c : List.of(sizes, distribution, map, heat, kScores)) c.setSegmentNames(r.model().segmentNames());
    }

    private void showDistribution() {
        SegmentationResult r = vm.resultProperty().get();
        if (r == null || column.getValue() == null) return;
        r.distributions().stream().filter(d -> d.column().equals(column.getValue())).findFirst()
                .ifPresent(distribution::setData);
    }

    private void select(String id) {
        getTabs().stream().filter(t -> t.getId().equals("charts-" + id)).findFirst()
                .ifPresent(t -> getSelectionModel().select(t));
    }

    private static Tab tab(String title, String id, Node content) {
        StackPane pad = new StackPane(content);
        pad.setPadding(new Insets(10, 4, 4, 4));
        Tab t = new Tab(title, pad);
        t.setId("charts-" + id);
        return t;
    }

    /** For export: the file each chart goes to. */
    static Path file(Path folder, String name) {
        return folder.resolve(name + ".png");
    }
}
