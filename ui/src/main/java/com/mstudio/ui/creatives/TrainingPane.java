package com.mstudio.ui.creatives;

import atlantafx.base.theme.Styles;
import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.CreativeRequest;
import com.mstudio.engine.api.CreativeTrainingResult.TrainingWarning;
import com.mstudio.ui.common.NoticeLabel;
import com.mstudio.ui.propensity.charts.LineChartPane;
import com.mstudio.ui.propensity.charts.LineChartPane.Series;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static com.mstudio.ui.common.Labels.muted;
import static com.mstudio.ui.common.Labels.title;

/**
 * Training: "Epoch 3 of 10", ETA and Cancel; the progress; the live preview grid next to the loss curves; warnings as
 * notices; at the end the quality score with one line on what it means.
 */
final class TrainingPane extends VBox {
    private static final Color FIRST = Color.web("#0072B2"), SECOND = Color.web("#E69F00");
    private final TrainingViewModel vm;
    private final LineChartPane chart = new LineChartPane("Loss", "Iteration",
            "Press Train: the losses appear here as the model learns");
    private final VBox warnings = new VBox(4);

    TrainingPane(TrainingViewModel vm, TileImages images) {
        this.vm = vm;
        setId("creatives-training");
        setSpacing(10);
        Label epoch = new Label();
        epoch.setId("creatives-epoch");
        epoch.getStyleClass().add(Styles.TEXT_BOLD);
        epoch.textProperty().bind(vm.epochTextProperty());
        Label eta = muted("");
        eta.setId("creatives-eta");
        eta.textProperty().bind(vm.etaTextProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button cancel = new Button("Cancel");
        cancel.setId("creatives-train-cancel");
        cancel.setTooltip(new javafx.scene.control.Tooltip("Stops after this epoch and keeps the last finished one"));
        cancel.textProperty().bind(Bindings.when(vm.stoppingProperty()).then("Stopping…").otherwise("Cancel"));
        cancel.disableProperty().bind(vm.stoppingProperty());
        cancel.visibleProperty().bind(vm.busyProperty());
        cancel.setOnAction(e -> vm.cancel());
        HBox head = new HBox(12, title("Training"), epoch, grow, eta, cancel);
        head.setAlignment(Pos.CENTER_LEFT);
        ProgressBar bar = new ProgressBar();
        bar.setId("creatives-train-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(Bindings.when(vm.busyProperty()).then(vm.progressProperty()).otherwise(
                Bindings.when(vm.resultProperty().isNull()).then(0.0).otherwise(1.0)));
        Label message = muted("");
        message.setId("creatives-train-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        Label checkpoint = muted("");
        checkpoint.textProperty().bind(vm.checkpointTextProperty());

        PreviewGridView preview = new PreviewGridView(vm.preview(), images, 300,
                "The preview grid appears here: the same tiles, redrawn as the model learns.");
        chart.setId("creatives-loss-chart");
        chart.setPrefSize(420, 300);
        chart.setMinHeight(220);
        chart.setIntegerX(true); // iterations are whole numbers: no "5 5 6" ticks while there is one point
        chart.setFormats(v -> String.format(Locale.ROOT, "%.0f", v), v -> String.format(Locale.ROOT, "%.3f", v));
        HBox.setHgrow(chart, Priority.ALWAYS);
        HBox live = new HBox(12, preview, chart);
        vm.curves().revisionProperty().addListener(o -> updateChart());

        Label quality = new Label();
        quality.setId("creatives-quality");
        quality.getStyleClass().add(Styles.TITLE_4);
        quality.textProperty().bind(vm.qualityTextProperty());
        quality.setWrapText(true); // FID and the share that passes for real: longer than the pane on a laptop
        Label explained = muted(CreativeTexts.QUALITY_EXPLAINED);
        explained.setWrapText(true);
        VBox qualityBox = new VBox(2, quality, explained);
        qualityBox.visibleProperty().bind(vm.qualityTextProperty().isNotEmpty());
        qualityBox.managedProperty().bind(qualityBox.visibleProperty());

        warnings.setId("creatives-warnings");
        vm.warnings().addListener((ListChangeListener<TrainingWarning>) c -> fillWarnings());
        NoticeLabel notice = new NoticeLabel("creatives-train-notice", vm.noticeProperty());
        NoticeLabel error = new NoticeLabel("creatives-train-error", vm.errorProperty());
        error.getStyleClass().add(Styles.DANGER);
        getChildren().addAll(head, bar, message, checkpoint, live, warnings, notice, error, qualityBox);
    }

    private void fillWarnings() {
        warnings.getChildren().clear();
        for (TrainingWarning w : vm.warnings()) {
            Label l = new Label("⚠ " + w.message());
            l.setWrapText(true);
            l.getStyleClass().addAll("notice", Styles.WARNING);
            warnings.getChildren().add(l);
        }
    }

    private void updateChart() {
        CreativeRequest r = vm.requestProperty().get();
        CreativePreset.Family family = r == null ? CreativePreset.Family.GAN : r.preset().family();
        List<String> names = LossCurves.names(family);
        List<Series> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            var pts = vm.curves().points(names.get(i));
            if (!pts.isEmpty()) out.add(new Series(LossCurves.title(names.get(i)), i == 0 ? FIRST : SECOND, pts, false));
        }
        chart.setTitle(family == CreativePreset.Family.GAN ? "Discriminator and generator loss" : "Reconstruction and KL loss");
        chart.setSeries(out);
    }

    LineChartPane chart() { return chart; }
}
