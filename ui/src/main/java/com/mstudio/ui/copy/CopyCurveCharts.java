package com.mstudio.ui.copy;

import com.mstudio.engine.api.CopyModel.Kind;
import com.mstudio.engine.api.CopyService;
import com.mstudio.engine.api.ModelEvaluation.Point;
import com.mstudio.ui.propensity.charts.LineChartPane;
import com.mstudio.ui.propensity.charts.LineChartPane.Series;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Loss and accuracy per epoch, side by side, for both copy models: training solid, validation dashed; self-attention in
 * blue, the TF-IDF baseline in orange (colour-blind safe). Redrawn once per batch of points.
 */
final class CopyCurveCharts extends HBox {
    static final Color ATTENTION = Color.web("#0072B2"), BASELINE = Color.web("#E69F00");

    private final LineChartPane loss = new LineChartPane("Loss (lower is better)", "Epoch",
            "Press Train to watch the models learn, epoch by epoch");
    private final LineChartPane accuracy = new LineChartPane("Accuracy", "Epoch", "Accuracy per epoch appears here while training");
    private final CopyCurves curves;

    CopyCurveCharts(CopyCurves curves, String idPrefix) {
        this.curves = curves;
        setSpacing(10);
        loss.setId(idPrefix + "-loss");
        accuracy.setId(idPrefix + "-accuracy");
        accuracy.setFormats(v -> String.format(Locale.ROOT, "%.0f", v), v -> String.format(Locale.ROOT, "%.1f%%", v * 100));
        loss.setFormats(v -> String.format(Locale.ROOT, "%.0f", v), v -> String.format(Locale.ROOT, "%.3f", v));
        for (LineChartPane c : List.of(loss, accuracy)) {
            c.setPrefSize(420, 240);
            c.setIntegerX(true);
            c.setMinHeight(180);
            HBox.setHgrow(c, Priority.ALWAYS);
        }
        getChildren().addAll(loss, accuracy);
        curves.revisionProperty().addListener(o -> update());
        update();
    }

    private void update() {
        loss.setSeries(series(CopyService.SERIES_LOSS_TRAIN, CopyService.SERIES_LOSS_VALIDATION));
        accuracy.setSeries(series(CopyService.SERIES_ACCURACY_TRAIN, CopyService.SERIES_ACCURACY_VALIDATION));
    }

    private List<Series> series(String train, String validation) {
        List<Series> out = new ArrayList<>();
        for (Kind k : Kind.values()) {
            Color c = k == Kind.ATTENTION ? ATTENTION : BASELINE;
            String who = k == Kind.ATTENTION ? "Attention" : "Baseline";
            List<Point> t = curves.points(CopyService.series(k, train));
            List<Point> v = curves.points(CopyService.series(k, validation));
            if (!t.isEmpty()) out.add(new Series(who + " training", c, t, false));
            if (!v.isEmpty()) out.add(new Series(who + " validation", c, v, true));
        }
        return out;
    }

    LineChartPane loss() { return loss; }
    LineChartPane accuracy() { return accuracy; }
}
