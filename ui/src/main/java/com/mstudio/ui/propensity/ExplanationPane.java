package com.mstudio.ui.propensity;

import atlantafx.base.theme.Styles;
import com.mstudio.engine.api.PropensityService.Contribution;
import com.mstudio.engine.api.PropensityService.Explanation;
import com.mstudio.ui.propensity.charts.BarsChart;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;

/**
 * "Why this customer?": a row number (or a customer picked in the confusion list), the score next to a typical
 * customer's, and the features that pushed it up (one colour) or down (the other), largest first.
 */
final class ExplanationPane extends VBox {
    private final BarsChart chart = new BarsChart("What moved this customer's score",
            "Pick a customer: type a row number, or double-click one in the confusion matrix's list");
    private final TextField row = new TextField();
    /** Under 0.05 points of score: shown as "made no difference". */
    private static final double NO_EFFECT = 0.0005;

    ExplanationPane(PropensityViewModel vm) {
        setId("explanation");
        setSpacing(8);
        ExplanationViewModel ex = vm.explanation();
        row.setId("explain-row");
        row.setPromptText("row, e.g. 12");
        row.setPrefColumnCount(7);
        row.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        row.setTextFormatter(new TextFormatter<>(c -> c.getControlNewText().matches("\\d{0,9}") ? c : null));
        Button go = new Button("Explain");
        go.setId("explain-button");
        go.setDefaultButton(false);
        go.setOnAction(e -> {
            if (!row.getText().isEmpty()) vm.explain(Integer.parseInt(row.getText()) - 1);
        });
        row.setOnAction(e -> go.fire());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(ex.busyProperty());
        Label score = new Label();
        score.setId("explain-score");
        score.setWrapText(true);
        score.getStyleClass().add(Styles.TEXT_BOLD);
        HBox.setHgrow(score, Priority.ALWAYS);
        Label rowLabel = new Label("Customer at row");
        rowLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        go.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox head = new HBox(8, rowLabel, row, go, spinner, score);
        head.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.setId("explain-error");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(ex.errorProperty());
        error.visibleProperty().bind(ex.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        chart.setId("chart-explanation");
        chart.setFormat(v -> String.format(Locale.ROOT, "%+.1f pts", v * 100));
        chart.setPrefHeight(320);
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().addAll(head, error, chart);
        ex.explanationProperty().addListener((o, was, now) -> show(vm, now, score));
        ex.rowProperty().addListener((o, was, now) -> {
            if (now.intValue() >= 0) row.setText(String.valueOf(now.intValue() + 1));
        });
    }

    private void show(PropensityViewModel vm, Explanation e, Label score) {
        if (e == null) {
            chart.setBars(List.of(), true, "");
            score.setText("");
            return;
        }
        var model = vm.explanation().modelProperty().get();
        score.setText(String.format(Locale.ROOT, "Score %.2f · a typical customer scores %.2f (%s)", e.score(), e.baseScore(),
                model == null ? "" : model.kind().title()));
        // A column at its typical value moves nothing: listing it would only push the real reasons apart.
        List<BarsChart.Bar> bars = e.contributions().stream().filter(c -> Math.abs(c.effect()) >= NO_EFFECT)
                .map(ExplanationPane::bar).toList();
        int same = e.contributions().size() - bars.size();
        chart.setBars(bars, true, "Orange pushed the score up, blue pushed it down, compared with a typical customer "
                + "(every column at its median or most common value)."
                + (same == 0 ? "" : " " + same + (same == 1 ? " column" : " columns") + " made no difference."));
    }

    private static BarsChart.Bar bar(Contribution c) {
        String label = c.column() + " = " + (c.value().isEmpty() ? "(missing)" : c.value());
        String tip = String.format(Locale.ROOT, "%s is %s\n%s the score by %.1f points", c.column(),
                c.value().isEmpty() ? "missing" : c.value(), c.effect() >= 0 ? "Raises" : "Lowers", Math.abs(c.effect()) * 100);
        return new BarsChart.Bar(label, c.effect(), 0, tip);
    }

    BarsChart chart() { return chart; }
}
