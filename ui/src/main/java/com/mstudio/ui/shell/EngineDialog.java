package com.mstudio.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The "Engine" dialog: ND4J's setup in one line, and "Measure speed" with its result as a small table and one
 * sentence. Not modal: the measurement is a job like any other, so the status bar (and its Cancel) stays usable.
 */
final class EngineDialog extends Dialog<Void> {
    private static final String[] HEADERS = {"Setting", "Threads", "Time per epoch", "Rows / s", "GEMM GFLOP/s"};

    EngineDialog(EngineViewModel vm, Window owner) {
        setTitle("Engine");
        initOwner(owner);
        initModality(Modality.NONE);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        getDialogPane().setId("engine-dialog");
        getDialogPane().getStylesheets().add(Theme.STUDIO_CSS);

        Label title = new Label("Engine");
        title.getStyleClass().add(Styles.TITLE_4);
        Label setup = new Label();
        setup.setId("engine-setup");
        setup.textProperty().bind(vm.setupProperty());
        Label about = new Label("Models train on one engine thread. \"Measure speed\" trains a small network for a few "
                + "seconds with ND4J's default threads and with the studio's setting, here in the running app.");
        about.getStyleClass().add("muted");
        about.setWrapText(true);
        about.setMinHeight(Region.USE_PREF_SIZE); // a wrapped label in a dialog is cut to one line without it

        Button measure = new Button("Measure speed");
        measure.setId("engine-measure");
        measure.getStyleClass().add(Styles.ACCENT);
        measure.disableProperty().bind(vm.runningProperty());
        measure.setOnAction(e -> vm.measure());
        Button cancel = new Button("Cancel");
        cancel.setId("engine-cancel");
        cancel.visibleProperty().bind(vm.runningProperty());
        cancel.managedProperty().bind(vm.runningProperty());
        cancel.setOnAction(e -> vm.cancel());
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(140);
        bar.getStyleClass().add(Styles.SMALL);
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.runningProperty());
        bar.managedProperty().bind(vm.runningProperty());
        Label message = new Label();
        message.setId("engine-message");
        message.getStyleClass().add("muted");
        message.textProperty().bind(vm.messageProperty());
        HBox actions = new HBox(10, measure, cancel, bar, message);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        GridPane table = new GridPane();
        table.setId("engine-results");
        table.getStyleClass().add("engine-results");
        table.setHgap(18);
        table.setVgap(4);
        vm.rows().addListener((ListChangeListener<EngineViewModel.Row>) c -> {
            fill(table, vm);
            fitWindow();
        });
        fill(table, vm);
        Label verdict = new Label();
        verdict.setId("engine-verdict");
        // Muted until there is a result; the result sentence is the dialog's answer, so it is bold.
        verdict.getStyleClass().add(vm.reportProperty().get() == null ? "muted" : Styles.TEXT_BOLD);
        vm.reportProperty().addListener((o, was, now) -> verdict.getStyleClass().setAll("label", Styles.TEXT_BOLD));
        verdict.setWrapText(true);
        verdict.setMinHeight(Region.USE_PREF_SIZE);
        verdict.textProperty().bind(vm.verdictProperty());
        verdict.textProperty().addListener((o, was, now) -> fitWindow());

        VBox content = new VBox(12, title, setup, about, actions, table, verdict);
        content.setPadding(new Insets(4, 8, 8, 8));
        content.setPrefWidth(640);
        getDialogPane().setContent(content);
        pollWhileLoading(vm);
    }

    /** The engine API has no "ND4J is ready" event: while the dialog shows "loading…", look again four times a second. */
    private void pollWhileLoading(EngineViewModel vm) {
        Timeline poll = new Timeline();
        poll.getKeyFrames().add(new KeyFrame(Duration.millis(250), e -> {
            if (vm.refresh()) poll.stop(); // ready, or ND4J failed to load: nothing more to wait for
        }));
        poll.setCycleCount(Animation.INDEFINITE);
        setOnShown(e -> {
            if (!vm.refresh()) poll.play();
        });
        vm.readyProperty().addListener((o, was, ready) -> {
            if (ready) poll.stop();
        });
        setOnHidden(e -> poll.stop());
    }

    /** A dialog's window keeps the size it opened with; the result table and sentence arrive later and need room. */
    private void fitWindow() {
        // After the next layout pass: sized now, the window would still see the content's old height.
        javafx.application.Platform.runLater(() -> {
            if (isShowing() && getDialogPane().getScene() != null) getDialogPane().getScene().getWindow().sizeToScene();
        });
    }

    private static void fill(GridPane table, EngineViewModel vm) {
        table.getChildren().clear();
        table.getColumnConstraints().clear();
        table.setVisible(!vm.rows().isEmpty());
        table.setManaged(!vm.rows().isEmpty());
        for (int c = 0; c < HEADERS.length; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            // Numbers right-aligned under their header, as in every table of the studio.
            cc.setHalignment(c == 0 ? HPos.LEFT : HPos.RIGHT);
            cc.setHgrow(c == 0 ? Priority.ALWAYS : Priority.NEVER);
            table.getColumnConstraints().add(cc);
            Label h = new Label(HEADERS[c]);
            h.getStyleClass().addAll("muted", Styles.TEXT_SMALL);
            table.add(h, c, 0);
        }
        int r = 1;
        for (EngineViewModel.Row row : vm.rows()) {
            String[] cells = {row.setting(), row.threads(), row.secondsPerEpoch(), row.rowsPerSecond(), row.gflops()};
            for (int c = 0; c < cells.length; c++) {
                Label cell = new Label(cells[c]);
                cell.setId("engine-cell-" + r + "-" + c);
                table.add(cell, c, r);
            }
            r++;
        }
    }
}
