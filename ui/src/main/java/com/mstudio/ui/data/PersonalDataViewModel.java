package com.mstudio.ui.data;

import com.mstudio.engine.api.LoadedDataset;
import com.mstudio.engine.api.Workspace;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The personal-data strip of the imported screen: which columns the workspace masks, which of them the user chose to
 * see in clear, and the sentence that says so. Showing a column in clear goes through {@link Workspace#withUnmasked},
 * which remembers the choice, so a reopened workspace shows the same values.
 */
public final class PersonalDataViewModel {
    private final Workspace workspace;
    private final DataViewModel data;
    private final ObservableList<String> masked = FXCollections.observableArrayList();
    private final SimpleStringProperty text = new SimpleStringProperty("");

    public PersonalDataViewModel(Workspace workspace, DataViewModel data) {
        this.workspace = workspace;
        this.data = data;
        data.datasetProperty().addListener((o, was, now) -> refresh(now));
        refresh(data.datasetProperty().get());
    }

    private void refresh(LoadedDataset ds) {
        List<String> cols = ds == null ? List.of() : ds.entry().maskedColumns();
        if (!masked.equals(cols)) masked.setAll(cols);
        text.set(ds == null ? "" : sentence(cols, ds.unmaskedColumns()));
    }

    /** "Personal data is masked: email, name, phone (…)", naming what is in clear too; "" when nothing is masked. */
    static String sentence(List<String> maskedColumns, Set<String> inClear) {
        if (maskedColumns.isEmpty()) return "";
        List<String> hidden = maskedColumns.stream().filter(c -> !inClear.contains(c)).toList();
        List<String> clear = maskedColumns.stream().filter(inClear::contains).toList();
        if (hidden.isEmpty()) {
            return "Personal data is shown in clear: " + String.join(", ", clear)
                    + ". Exports include it as shown; mask it again before sharing.";
        }
        String s = "Personal data is masked: " + String.join(", ", hidden)
                + " (shown as stable codes, so joins still work)";
        return clear.isEmpty() ? s : s + ". In clear: " + String.join(", ", clear) + ".";
    }

    /** The masked columns of the shown dataset, in table order; empty when it has no personal data. */
    public ObservableList<String> maskedColumns() { return masked; }

    public ReadOnlyStringProperty textProperty() { return text; }

    public boolean isInClear(String column) {
        LoadedDataset ds = data.datasetProperty().get();
        return ds != null && ds.unmaskedColumns().contains(column);
    }

    /** Shows one masked column in clear (or masks it again); the rows and profile follow the new view. */
    public void setInClear(String column, boolean inClear) {
        LoadedDataset ds = data.datasetProperty().get();
        if (ds == null || !ds.entry().maskedColumns().contains(column) || isInClear(column) == inClear) return;
        Set<String> next = new LinkedHashSet<>(ds.unmaskedColumns());
        if (inClear) next.add(column); else next.remove(column);
        data.replaceView(workspace.withUnmasked(ds, next));
    }
}
