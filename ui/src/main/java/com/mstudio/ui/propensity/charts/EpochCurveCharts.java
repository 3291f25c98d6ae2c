package com.mstudio.ui.propensity.charts;

import com.mstudio.engine.api.ModelEvaluation.Point;
import com.mstudio.ui.common.EpochCurves;
import com.mstudio.ui.propensity.charts.LineChartPane.Series;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Loss and accuracy per epoch, side by side, for every model kind a feature trains: training solid, validation dashed,
 * one colour per kind. Redrawn once per batch of points the training job reports. Shared by the propensity and copy
 * screens, which differ only in names, colours, ids and how precisely accuracy is shown.
 *
 * @param <K> the feature's model kind
 */
public final class EpochCurveCharts<K extends Enum<K>> extends HBox {
    /** How one feature's curves look. */
    public record Look<K>(K[] kinds, BiFunction<K, String, String> seriesName, Function<K, Color> colour,
                          Function<K, String> shortName, String idPrefix, String accuracyFormat, double prefHeight) {}

    private final LineChartPane loss = new LineChartPane("Loss (lower is better)", "Epoch",
            "Press Train to watch the models learn, epoch by epoch");
    private final LineChartPane accuracy = new LineChartPane("Accuracy", "Epoch", "Accuracy per epoch appears here while training");
    private final EpochCurves<K> curves;
    private final Look<K> look;
    private final String[] names;

    /** @param names the series names: loss train, loss validation, accuracy train, accuracy validation */
    public EpochCurveCharts(EpochCurves<K> curves, Look<K> look, String... names) {
        if (names.length != 4) throw new IllegalArgumentException("four series names");
        this.curves = curves;
        this.look = look;
        this.names = names.clone();
        setSpacing(10);
        loss.setId(look.idPrefix() + "-loss");
        accuracy.setId(look.idPrefix() + "-accuracy");
        accuracy.setFormats(v -> String.format(Locale.ROOT, "%.0f", v), v -> String.format(Locale.ROOT, look.accuracyFormat(), v * 100));
        loss.setFormats(v -> String.format(Locale.ROOT, "%.0f", v), v -> String.format(Locale.ROOT, "%.3f", v));
        for (LineChartPane c : List.of(loss, accuracy)) {
            c.setPrefSize(420, look.prefHeight());
            c.setIntegerX(true);
            c.setMinHeight(180);
            HBox.setHgrow(c, Priority.ALWAYS);
        }
        getChildren().addAll(loss, accuracy);
        curves.revisionProperty().addListener(o -> update());
        update();
    }

    private void update() {
        loss.setSeries(series(names[0], names[1]));
        accuracy.setSeries(series(names[2], names[3]));
    }

    private List<Series> series(String train, String validation) {
        List<Series> out = new ArrayList<>();
        for (K k : look.kinds()) {
            Color c = look.colour().apply(k);
            String who = look.shortName().apply(k);
            List<Point> t = curves.points(look.seriesName().apply(k, train));
            List<Point> v = curves.points(look.seriesName().apply(k, validation));
            if (!t.isEmpty()) out.add(new Series(who + " training", c, t, false));
            if (!v.isEmpty()) out.add(new Series(who + " validation", c, v, true));
        }
        return out;
    }

    public LineChartPane loss() { return loss; }
    public LineChartPane accuracy() { return accuracy; }
}
