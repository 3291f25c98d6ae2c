package com.mstudio.ui.propensity;

import com.mstudio.engine.api.ModelEvaluation.Point;
import com.mstudio.engine.api.PropensityModel.Kind;
import com.mstudio.engine.api.PropensityResult;
import com.mstudio.engine.api.PropensityResult.TrainedModel;
import com.mstudio.engine.api.PropensityService.ThresholdView;
import com.mstudio.ui.common.Formats;
import com.mstudio.ui.common.charts.ChartPane;
import com.mstudio.ui.propensity.charts.BarsChart;
import com.mstudio.ui.propensity.charts.ConfusionChart;
import com.mstudio.ui.propensity.charts.EpochCurveCharts;
import com.mstudio.ui.propensity.charts.GainsChart;
import com.mstudio.ui.propensity.charts.LineChartPane;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The evaluation as tabs: training curves, ROC, threshold with the clickable confusion matrix and its customers,
 * gains and lift, permutation importance, and one customer's explanation, for the model whose card was clicked.
 */
final class ResultsTabs extends VBox {
    private final PropensityViewModel vm;
    private final TabPane tabs = new TabPane();
    private final LineChartPane roc = new LineChartPane("ROC curve on the test rows (true-positive rate against false-positive rate)", "False-positive rate",
            "Train a model to see its ROC curve");
    private final ConfusionChart confusion = new ConfusionChart();
    private final GainsChart gains = new GainsChart();
    private final BarsChart importance = new BarsChart("Which columns matter (permutation importance)",
            "Train a model to see which columns it relies on");
    private final EpochCurveCharts<Kind> curves;
    private final ExplanationPane explanation;
    private final Label figures = new Label();
    private final Label gainsSentence = new Label();
    private final Map<String, ChartPane> charts = new LinkedHashMap<>();

    ResultsTabs(PropensityViewModel vm) {
        this.vm = vm;
        setSpacing(8);
        curves = CurveCharts.create(vm.curves());
        explanation = new ExplanationPane(vm);
        ResultsViewModel r = vm.results();

        roc.setId("chart-roc");
        roc.setRange(0.0, 1.0, 0.0, 1.0);
        roc.setFormats(v -> String.format(Locale.ROOT, "%.1f", v), v -> String.format(Locale.ROOT, "%.1f", v));
        roc.setReference(new LineChartPane.Series("Random pick", Color.GRAY, List.of(new Point(0, 0), new Point(1, 1)), true));

        confusion.setId("chart-confusion");
        confusion.setOnCellClicked(r::showCell);
        confusion.setPrefSize(460, 280);
        Slider threshold = new Slider(0.01, 0.99, 0.5);
        threshold.setId("threshold-slider");
        threshold.valueProperty().bindBidirectional(r.thresholdProperty());
        threshold.setShowTickMarks(true);
        threshold.setMajorTickUnit(0.1);
        HBox.setHgrow(threshold, Priority.ALWAYS);
        Label thresholdValue = new Label();
        thresholdValue.setId("threshold-value");
        thresholdValue.setMinWidth(100);
        thresholdValue.textProperty().bind(r.thresholdProperty().map(v -> String.format(Locale.ROOT, "Flag at ≥ %.2f", v.doubleValue())));
        HBox sliderRow = new HBox(10, thresholdValue, threshold);
        sliderRow.setAlignment(Pos.CENTER_LEFT);
        figures.setId("threshold-figures");
        figures.setWrapText(true);
        figures.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        CustomerTable customers = new CustomerTable(vm, row -> {
            vm.explain(row);
            tabs.getSelectionModel().select(5);
        });
        SplitPane thresholdSplit = new SplitPane(confusion, customers);
        thresholdSplit.setOrientation(Orientation.HORIZONTAL);
        thresholdSplit.setDividerPositions(0.46);
        VBox.setVgrow(thresholdSplit, Priority.ALWAYS);
        VBox thresholdBox = new VBox(6, sliderRow, figures, thresholdSplit);

        gains.setId("chart-gains");
        gainsSentence.setId("gains-sentence");
        gainsSentence.getStyleClass().add("headline");
        gainsSentence.setWrapText(true);
        gainsSentence.textProperty().bind(r.gainsSentenceProperty());
        VBox gainsBox = new VBox(8, gainsSentence, gains);
        VBox.setVgrow(gains, Priority.ALWAYS);

        importance.setId("chart-importance");
        importance.setFormat(v -> String.format(Locale.ROOT, "%.3f", v));

        // Short names: all six fit next to each other at the smallest window size.
        tabs.getTabs().addAll(tab("Curves", "curves", curves), tab("ROC", "roc", roc),
                tab("Threshold", "threshold", thresholdBox), tab("Gains & lift", "gains", gainsBox),
                tab("Importance", "importance", importance), tab("Why this score?", "explain", explanation));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("result-tabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().add(tabs);

        charts.put("loss", curves.loss());
        charts.put("accuracy", curves.accuracy());
        charts.put("roc", roc);
        charts.put("confusion", confusion);
        charts.put("gains", gains);
        charts.put("importance", importance);
        charts.put("explanation", explanation.chart());

        vm.resultProperty().addListener((o, was, now) -> updateRoc(now));
        r.shownProperty().addListener(o -> updateModel());
        r.atThresholdProperty().addListener(o -> updateThreshold());
        r.cellProperty().addListener((o, was, now) -> confusion.setSelected(now));
        updateRoc(vm.resultProperty().get());
        updateModel();
    }

    private static Tab tab(String title, String id, javafx.scene.Node content) {
        Tab t = new Tab(title, content);
        t.setId("tab-" + id);
        if (content instanceof javafx.scene.layout.Region region) region.setPadding(new javafx.geometry.Insets(10, 0, 0, 0));
        return t;
    }

    private void updateRoc(PropensityResult r) {
        List<LineChartPane.Series> series = new ArrayList<>();
        if (r != null) {
            for (TrainedModel t : r.models()) {
                series.add(new LineChartPane.Series(t.model().kind().title() + " (AUC " + Texts.three(t.model().test().rocAuc()) + ")",
                        CurveCharts.colour(t.model().kind()), t.evaluation().roc(), false));
            }
        }
        roc.setSeries(series);
    }

    private void updateModel() {
        TrainedModel t = vm.results().selected();
        if (t == null) {
            gains.setData(List.of(), "");
            importance.setBars(List.of(), false, "");
            updateThreshold();
            return;
        }
        gains.setData(t.evaluation().gains(), ResultsViewModel.positives(t.model()));
        gains.setTitle("Cumulative gains and lift by decile · " + t.model().kind().title());
        importance.setBars(t.importance().stream().map(f -> new BarsChart.Bar(f.column(), f.aucDrop(), f.spread(),
                        String.format(Locale.ROOT, "Shuffling %s lowers the test ROC AUC by %.3f (± %.3f)", f.column(), f.aucDrop(), f.spread())))
                .toList(), false, "How much the test ROC AUC drops when a column's values are shuffled (the "
                + t.model().kind().title().toLowerCase(Locale.ROOT) + "); the whisker is the spread over repeats.");
        updateThreshold();
    }

    private void updateThreshold() {
        ThresholdView v = vm.results().atThresholdProperty().get();
        TrainedModel t = vm.results().selected();
        confusion.setData(v, t == null ? "Yes" : t.model().positiveValue());
        if (v == null || t == null) {
            figures.setText("");
            return;
        }
        int total = v.truePositives() + v.falsePositives() + v.trueNegatives() + v.falseNegatives();
        figures.setText(String.format(Locale.ROOT, "Precision %s · Recall %s · F1 %s · Accuracy %s%nFlagging %s of %s test customers "
                        + "finds %s of %s %s; %s of those flagged are false alarms.",
                Texts.percent(v.precision()), Texts.percent(v.recall()), Texts.three(v.f1()), Texts.percent(v.accuracy()),
                Formats.count(v.contacted()), Formats.count(total), Formats.count(v.truePositives()),
                Formats.count(v.truePositives() + v.falseNegatives()), ResultsViewModel.positives(t.model()).replaceFirst("^the ", ""),
                Formats.count(v.falsePositives())));
    }

    TabPane tabs() { return tabs; }
    ConfusionChart confusion() { return confusion; }
    /** Every chart by a short name, for PNG export and tests. */
    Map<String, ChartPane> charts() { return charts; }
}
