package com.mstudio.ui.propensity;

import atlantafx.base.theme.Styles;
import com.mstudio.ui.common.EmptyCard;
import com.mstudio.ui.common.ErrorCard;
import com.mstudio.ui.common.NoDatasetScreen;
import com.mstudio.ui.common.NoticeLabel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;

import static com.mstudio.ui.common.Labels.muted;
import static com.mstudio.ui.common.Labels.title;

/**
 * The Propensity screen: setup on the left; on the right the header (kept models, out-of-date mark, Score and
 * Export), messages, the model cards, and either the live training or the evaluation tabs. Without a dataset it sends
 * the user to the Data screen.
 */
public final class PropensityView extends StackPane {
    private static final String CSS = Objects.requireNonNull(PropensityView.class.getResource("propensity.css")).toExternalForm();

    private final PropensityViewModel vm;
    private final TrainingPanel training;
    private final ResultsTabs results;
    /** Asks where to save the scored CSV; the native dialog, replaceable in headless tests. */
    private Function<String, Path> exportFileChooser = this::chooseExportFile;

    public PropensityView(PropensityViewModel vm, Runnable goToData) {
        this.vm = vm;
        setId("propensity-view");
        getStylesheets().add(CSS);
        training = new TrainingPanel(vm);
        results = new ResultsTabs(vm);

        BooleanBinding hasModels = vm.resultProperty().isNotNull().or(Bindings.isNotEmpty(vm.kept()));
        ModelCards cards = new ModelCards(vm);
        cards.visibleProperty().bind(hasModels.and(vm.busyProperty().not()));
        cards.managedProperty().bind(cards.visibleProperty());

        training.visibleProperty().bind(vm.busyProperty());
        results.visibleProperty().bind(vm.resultProperty().isNotNull().and(vm.busyProperty().not()));
        EmptyCard keptOnly = new EmptyCard("propensity-kept-only", 8, title("Models kept from an earlier run"),
                muted("You can score customers with them now. Train again to see the training curves, the ROC curve, "
                        + "the confusion matrix and the explanations."));
        keptOnly.visibleProperty().bind(vm.resultProperty().isNull().and(Bindings.isNotEmpty(vm.kept()))
                .and(vm.busyProperty().not()));
        EmptyCard placeholder = new EmptyCard("propensity-placeholder", 10, title("No model yet"),
                muted("Pick what to predict (for churn: churn = Yes), check the columns to learn from, and press Train. "
                        + "A neural network and a logistic regression are trained side by side on the same split, so you "
                        + "see whether the deep model earns its keep. Every figure is measured on held-out customers."));
        placeholder.visibleProperty().bind(hasModels.not().and(vm.busyProperty().not()));
        StackPane content = new StackPane(results, training, keptOnly, placeholder);
        StackPane.setAlignment(keptOnly, Pos.TOP_CENTER);
        VBox.setVgrow(content, Priority.ALWAYS);

        // The tabs need room for a chart and a table side by side: below that the screen scrolls instead of squeezing.
        // The header (Score, Export) stays in sight above the scrolling part.
        content.setMinHeight(400);
        VBox body = new VBox(10, new NoticeLabel("propensity-notice", vm.noticeProperty()),
                new ErrorCard("propensity-error", vm.errorTitleProperty(), vm.errorMessageProperty(), vm::clearMessages),
                scoringLine(), cards, content);
        body.setMinWidth(0);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(body);
        scroll.setId("propensity-scroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox right = new VBox(10, header(), scroll);
        right.getStyleClass().add("screen");
        right.setMinWidth(0);
        BorderPane main = new BorderPane(right);
        main.setLeft(new PropensitySetupPanel(vm));
        main.visibleProperty().bind(vm.datasetProperty().isNotNull());

        NoDatasetScreen none = new NoDatasetScreen("propensity",
                "Open a customer file on the Data screen first. Propensity models learn from the dataset open there.", goToData);
        none.visibleProperty().bind(vm.datasetProperty().isNull());
        getChildren().addAll(main, none);
    }

    private VBox header() {
        Label name = new Label();
        name.getStyleClass().add(Styles.TITLE_3);
        name.textProperty().bind(vm.datasetProperty().map(d -> "Propensity · " + d.entry().name()).orElse(""));
        name.setMinWidth(0);
        Button score = new Button("Score all customers");
        score.setId("score-button");
        score.getStyleClass().add(Styles.ACCENT);
        score.disableProperty().bind(Bindings.isEmpty(vm.kept()).and(vm.resultProperty().isNull())
                .or(vm.busyProperty()).or(vm.scoring().runningProperty()));
        score.setOnAction(e -> vm.scoreAll());
        score.setMinWidth(Region.USE_PREF_SIZE);
        Button export = new Button("Export scored CSV…");
        export.setId("export-scored");
        export.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.canExportScored(), vm.datasetProperty())
                .or(vm.scoring().runningProperty()));
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.setOnAction(e -> {
            Path file = exportFileChooser.apply(vm.datasetProperty().get().entry().name().replaceAll("[\\\\/:*?\"<>|]", "_") + ".csv");
            if (file != null) vm.exportScored(file);
        });
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox top = new HBox(8, name, grow, score, export);
        top.setAlignment(Pos.CENTER_LEFT);
        Label kept = new Label();
        kept.setId("kept-summary");
        kept.getStyleClass().add("muted");
        kept.setWrapText(true);
        kept.textProperty().bind(vm.keptSummaryProperty());
        // With results on screen the cards say it all; the line is for models kept from an earlier run.
        kept.visibleProperty().bind(vm.resultProperty().isNull().and(vm.keptSummaryProperty().isNotEmpty()));
        kept.managedProperty().bind(kept.visibleProperty());
        Label stale = new Label("The inputs changed since these models were trained. Press Train to bring them up to date.");
        stale.setId("stale-mark");
        stale.getStyleClass().add("stale-mark");
        stale.setWrapText(true);
        stale.visibleProperty().bind(vm.staleProperty().and(vm.busyProperty().not()));
        stale.managedProperty().bind(stale.visibleProperty());
        return new VBox(4, top, kept, stale);
    }

    private HBox scoringLine() {
        ScoringViewModel s = vm.scoring();
        ProgressIndicator spin = new ProgressIndicator();
        spin.setPrefSize(16, 16);
        spin.visibleProperty().bind(s.runningProperty());
        spin.managedProperty().bind(spin.visibleProperty());
        Label msg = new Label();
        msg.setId("scoring-message");
        msg.setWrapText(true);
        msg.textProperty().bind(s.messageProperty());
        HBox.setHgrow(msg, Priority.ALWAYS);
        Button cancel = new Button("Cancel");
        cancel.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        cancel.visibleProperty().bind(s.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> s.cancel());
        HBox line = new HBox(8, spin, msg, cancel);
        line.setAlignment(Pos.CENTER_LEFT);
        line.setId("scoring-line");
        line.getStyleClass().add("export-line");
        s.failedProperty().addListener((o, was, failed) -> {
            line.getStyleClass().remove("failed");
            if (failed) line.getStyleClass().add("failed");
        });
        line.visibleProperty().bind(s.messageProperty().isNotEmpty());
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }

    private Path chooseExportFile(String suggestedName) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Export the scored customers as CSV");
        fc.setInitialFileName(suggestedName);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv"));
        File f = fc.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        return f == null ? null : f.toPath();
    }

    public void setExportFileChooser(Function<String, Path> chooser) { this.exportFileChooser = chooser; }
    public ResultsTabs results() { return results; }
    public TrainingPanel training() { return training; }

}
