package com.mstudio.ui.data;

import com.mstudio.ui.common.BusyPanel;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;

/**
 * The data screen: shows the panel for the view model's current {@link DataScreen}. Panels are built once and
 * swapped, so switching back to the dataset after an error keeps its scroll position and tab.
 */
public final class DataView extends StackPane {
    private final DataViewModel vm;
    private final EmptyStateView empty;
    private final PreviewView preview;
    private final ImportedView imported;
    private final ErrorView error;
    private final Node importing;

    public DataView(DataViewModel vm, ProfileViewModel profile, ReportViewModel report) {
        this.vm = vm;
        setId("data-view");
        empty = new EmptyStateView(vm, this::chooseFile);
        preview = new PreviewView(vm);
        imported = new ImportedView(vm, profile, report);
        error = new ErrorView(vm, this::chooseFile);
        importing = new StackPane(new BusyPanel(title("Importing ", vm),
                vm.jobProgressProperty(), vm.jobMessageProperty(), vm::cancel));
        importing.setId("importing-panel");
        importing.getStyleClass().add("screen");
        show(vm.screenProperty().get());
        vm.screenProperty().addListener((o, was, now) -> show(now));
    }

    private void show(DataScreen s) {
        Node n = switch (s) {
            case EMPTY -> empty;
            case PREVIEW -> preview;
            case IMPORTING -> importing;
            case IMPORTED -> imported;
            case ERROR -> error;
        };
        getChildren().setAll(n);
    }

    /** The native file chooser; only the chosen path goes to the view model (reading happens in a job). */
    public void chooseFile() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Open a CSV file");
        fc.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Tables (*.csv, *.tsv, *.txt)", "*.csv", "*.tsv", "*.txt", "*.CSV"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        if (vm.fileProperty().get() != null && vm.fileProperty().get().getParent() != null) {
            File dir = vm.fileProperty().get().getParent().toFile();
            if (dir.isDirectory()) fc.setInitialDirectory(dir);
        }
        Window w = getScene() == null ? null : getScene().getWindow();
        File f = fc.showOpenDialog(w);
        if (f != null) vm.open(f.toPath());
    }

    /** "Importing wa_churn.csv" for the busy panels, following the file. */
    static javafx.beans.binding.StringBinding title(String verb, DataViewModel vm) {
        return javafx.beans.binding.Bindings.createStringBinding(() -> verb
                + (vm.fileProperty().get() == null ? "" : vm.fileProperty().get().getFileName()), vm.fileProperty());
    }
}
