package com.mstudio.ui.propensity;

import com.mstudio.engine.api.ModelEvaluation.Point;
import com.mstudio.engine.api.PropensityModel.Kind;
import com.mstudio.engine.api.PropensityService;
import com.mstudio.ui.propensity.charts.LineChartPane;
import com.mstudio.ui.propensity.charts.LineChartPane.Series;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Loss and accuracy per epoch, side by side, for both models: training solid, validation dashed; the MLP in blue,
 * logistic regression in orange. Redrawn once per batch of points the training job reports.
 */
final class CurveCharts extends HBox {
    static final Color MLP = Color.web("#0072B2"), LOGISTIC = Color.web("#E69F00");

    private final LineChartPane loss = new LineChartPane("Loss (lower is better)", "Epoch",
            "Press Train to watch the models learn, epoch by epoch");
    private final LineChartPane accuracy = new LineChartPane("Accuracy", "Epoch", "Accuracy per epoch appears here while training");
    private final TrainingCurves curves;

    CurveCharts(TrainingCurves curves) {
        this.curves = curves;
        setSpacing(10);
        loss.setId("chart-loss");
        accuracy.setId("chart-accuracy");
        accuracy.setFormats(v -> String.format(Locale.ROOT, "%.0f", v), v -> String.format(Locale.ROOT, "%.0f%%", v * 100));
        loss.setFormats(v -> String.format(Locale.ROOT, "%.0f", v), v -> String.format(Locale.ROOT, "%.3f", v));
        for (LineChartPane c : List.of(loss, accuracy)) {
            c.setPrefSize(420, 260);
            c.setIntegerX(true);
            c.setMinHeight(180);
            HBox.setHgrow(c, Priority.ALWAYS);
        }
        getChildren().addAll(loss, accuracy);
        curves.revisionProperty().addListener(o -> update());
        update();
    }

    private void update() {
        loss.setSeries(series(PropensityService.SERIES_LOSS_TRAIN, PropensityService.SERIES_LOSS_VALIDATION));
        accuracy.setSeries(series(PropensityService.SERIES_ACCURACY_TRAIN, PropensityService.SERIES_ACCURACY_VALIDATION));
    }

    private List<Series> series(String train, String validation) {
        List<Series> out = new ArrayList<>();
        for (Kind k : Kind.values()) {
            Color c = k == Kind.MLP ? MLP : LOGISTIC;
            String who = k == Kind.MLP ? "MLP" : "Logistic";
            List<Point> t = curves.points(PropensityService.series(k, train));
            List<Point> v = curves.points(PropensityService.series(k, validation));
            if (!t.isEmpty()) out.add(new Series(who + " training", c, t, false));
            if (!v.isEmpty()) out.add(new Series(who + " validation", c, v, true));
        }
        return out;
    }

    LineChartPane loss() { return loss; }
    LineChartPane accuracy() { return accuracy; }

    static Color colour(Kind k) {
        return k == Kind.MLP ? MLP : LOGISTIC;
    }
}
