package com.mstudio.ui.shell;

import com.mstudio.ui.data.DataView;
import com.mstudio.ui.data.DataViewModel;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The window's layout: sidebar, the selected area's screen, status bar. A CSV dropped anywhere on the window
 * opens on the data screen, so the user doesn't have to aim for a drop zone.
 */
public final class MainWindow extends BorderPane {
    private final MainWindowViewModel vm;
    private final DataViewModel data;
    private final EngineViewModel engine;
    /** Built on first use: one dialog per window, brought to the front when opened again. */
    private EngineDialog engineDialog;

    public MainWindow(MainWindowViewModel vm, StatusBarViewModel status, EngineViewModel engine, DataViewModel data,
                      DataView dataView, Node segmentsView, Node propensityView, Node copyView, Node creativesView) {
        this.vm = vm;
        this.data = data;
        this.engine = engine;
        setId("main-window");
        setLeft(new Sidebar(vm, this::showEngine));
        setBottom(new StatusBar(status));
        // Every screen is built once and kept: switching back finds it as it was left.
        show(vm.areaProperty().get(), dataView, segmentsView, propensityView, copyView, creativesView);
        vm.areaProperty().addListener((o, was, now) -> show(now, dataView, segmentsView, propensityView, copyView, creativesView));
        setOnDragOver(this::dragOver);
        setOnDragExited(e -> getStyleClass().remove("drop-target"));
        setOnDragDropped(this::dropped);
    }

    /** Opens the "Engine" dialog, or brings it to the front. */
    public void showEngine() {
        if (engineDialog == null) engineDialog = new EngineDialog(engine, getScene() == null ? null : getScene().getWindow());
        if (engineDialog.isShowing()) {
            ((javafx.stage.Stage) engineDialog.getDialogPane().getScene().getWindow()).toFront();
        } else {
            engineDialog.show();
        }
    }

    /** The "Engine" dialog once it has been opened (for tests and screenshots), else null. */
    public javafx.scene.control.Dialog<Void> engineDialog() {
        return engineDialog;
    }

    private void show(Area area, Node dataView, Node segmentsView, Node propensityView, Node copyView, Node creativesView) {
        setCenter(switch (area) {
            case SEGMENTS -> segmentsView;
            case PROPENSITY -> propensityView;
            case CREATIVES -> creativesView;
            case COPY -> copyView;
            default -> dataView;
        });
    }

    private static Optional<Path> acceptedFile(DragEvent e) {
        List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
        return files.size() == 1 && DataViewModel.isAccepted(files.get(0).toPath())
                ? Optional.of(files.get(0).toPath()) : Optional.empty();
    }

    private void dragOver(DragEvent e) {
        if (acceptedFile(e).isPresent() && data.canOpen()) {
            e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
            if (!getStyleClass().contains("drop-target")) getStyleClass().add("drop-target");
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        Optional<Path> file = acceptedFile(e);
        file.ifPresent(p -> {
            vm.select(Area.DATA);
            data.open(p);
        });
        getStyleClass().remove("drop-target");
        e.setDropCompleted(file.isPresent());
        e.consume();
    }
}
