package com.mstudio.ui.data;

import com.mstudio.ui.common.BusyPanel;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;

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
    private final StackPane importing;
    private final StackPane reopening;
    /** Asks where to export; the native save dialog, replaceable for headless tests (Monocle has no native dialogs). */
    private java.util.function.Function<String, Path> exportFileChooser = this::chooseExportFile;

    public DataView(DataViewModel vm, ProfileViewModel profile, ReportViewModel report, PersonalDataViewModel personal,
                    ExportViewModel export) {
        this.vm = vm;
        setId("data-view");
        empty = new EmptyStateView(vm, this::chooseFile);
        preview = new PreviewView(vm);
        imported = new ImportedView(vm, profile, report, personal, export, name -> exportFileChooser.apply(name));
        error = new ErrorView(vm, this::chooseFile);
        // The import card floats over the (disabled) preview, so the user still sees what is being imported.
        Region scrim = new Region();
        scrim.getStyleClass().add("scrim");
        StackPane card = new StackPane(new BusyPanel(title("Importing ", vm),
                vm.jobProgressProperty(), vm.jobMessageProperty(), vm::cancel));
        card.getStyleClass().add("screen");
        importing = new StackPane(scrim, card);
        importing.setId("importing-panel");
        reopening = new StackPane(new BusyPanel(new javafx.beans.property.SimpleStringProperty("Reopening your workspace"),
                vm.jobProgressProperty(), vm.jobMessageProperty(), vm::cancel));
        reopening.getStyleClass().add("screen");
        reopening.setId("reopening-panel");
        preview.disableProperty().bind(vm.screenProperty().isEqualTo(DataScreen.IMPORTING));
        show(vm.screenProperty().get());
        vm.screenProperty().addListener((o, was, now) -> show(now));
    }

    private void show(DataScreen s) {
        switch (s) {
            case EMPTY -> getChildren().setAll(empty);
            case PREVIEW -> getChildren().setAll(preview);
            case IMPORTING -> getChildren().setAll(preview, importing);
            case REOPENING -> getChildren().setAll(reopening);
            case IMPORTED -> getChildren().setAll(imported);
            case ERROR -> getChildren().setAll(error);
        }
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

    public void setExportFileChooser(java.util.function.Function<String, Path> chooser) {
        this.exportFileChooser = chooser;
    }

    /** The native save dialog for an export; null when the user cancels it. */
    private Path chooseExportFile(String suggestedName) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Export as CSV");
        fc.setInitialFileName(suggestedName);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv"));
        // Next to the file it came from: the one just opened, or for a reopened dataset the one the workspace lists.
        Path source = vm.fileProperty().get();
        if (source == null && vm.datasetProperty().get() != null && vm.datasetProperty().get().entry().sourceFile() != null) {
            source = Path.of(vm.datasetProperty().get().entry().sourceFile());
        }
        if (source != null && source.getParent() != null && source.getParent().toFile().isDirectory()) {
            fc.setInitialDirectory(source.getParent().toFile());
        }
        File f = fc.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        return f == null ? null : f.toPath();
    }

    /** "Importing wa_churn.csv" for the busy panels, following the file. */
    static javafx.beans.binding.StringBinding title(String verb, DataViewModel vm) {
        return javafx.beans.binding.Bindings.createStringBinding(() -> verb
                + (vm.fileProperty().get() == null ? "" : vm.fileProperty().get().getFileName()), vm.fileProperty());
    }
}
