package com.mstudio.ui.copy;

import com.mstudio.engine.api.CopyModel;
import com.mstudio.engine.api.CopyTrainingResult;
import com.mstudio.engine.api.CopyTrainingResult.TrainedModel;
import com.mstudio.engine.api.DataTable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;

/**
 * The confusion matrix of the model shown, and the texts behind one of its cells: clicking "actual spam, predicted ham"
 * lists those test texts, so the user reads what the model gets wrong. The texts come from the table the test rows were
 * taken from (the dataset, or the separate test file).
 */
public final class ConfusionTexts {
    /** One test text of the chosen cell. */
    public record Row(String actual, String predicted, String text) {}

    private final ObservableValue<CopyTrainingResult> result;
    private final ObjectProperty<CopyModel.Kind> shown = new SimpleObjectProperty<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final SimpleStringProperty summary = new SimpleStringProperty("");
    private DataTable dataset;
    private DataTable testTable;
    private String textColumn, labelColumn;
    private int actual = -1, predicted = -1;

    ConfusionTexts(ObservableValue<CopyTrainingResult> result) {
        this.result = result;
        result.addListener((o, was, now) -> {
            shown.set(now == null || now.models().isEmpty() ? null : now.models().get(0).model().kind());
            clearCell();
        });
        shown.addListener(o -> clearCell());
    }

    /**
     * Where the texts of the next result's test rows live ({@code testTable} when not null, else the dataset) and in
     * which columns (the result holds row indices only).
     */
    void setTexts(DataTable dataset, DataTable testTable, String textColumn, String labelColumn) {
        this.dataset = dataset;
        this.testTable = testTable;
        this.textColumn = textColumn;
        this.labelColumn = labelColumn;
    }

    /** The trained model whose matrix is shown, or null. */
    public TrainedModel trained() {
        CopyTrainingResult r = result.getValue();
        if (r == null) return null;
        return r.models().stream().filter(t -> t.model().kind() == shown.get()).findFirst().orElse(null);
    }

    /** Lists the test texts whose label is {@code actualIndex} and whose prediction is {@code predictedIndex}. */
    public void select(int actualIndex, int predictedIndex) {
        TrainedModel t = trained();
        DataTable table = testTable != null ? testTable : dataset;
        if (t == null || table == null) return;
        actual = actualIndex;
        predicted = predictedIndex;
        List<String> labels = t.model().labels();
        int textAt = textColumn == null ? -1 : table.indexOf(textColumn);
        int labelAt = labelColumn == null ? -1 : table.indexOf(labelColumn);
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < t.testRows().length; i++) {
            if (t.predicted()[i] != predictedIndex) continue;
            int row = t.testRows()[i];
            String label = labelAt < 0 || table.isMissing(row, labelAt) ? "" : table.text(row, labelAt).strip();
            if (!labels.get(actualIndex).equals(label)) continue;
            String text = textAt < 0 || table.isMissing(row, textAt) ? "" : table.text(row, textAt);
            out.add(new Row(label, labels.get(predictedIndex), text));
        }
        rows.setAll(out);
        summary.set(out.size() + (out.size() == 1 ? " test text is " : " test texts are ") + labels.get(actualIndex)
                + (actualIndex == predictedIndex ? " and the model got it right" : " but the model said " + labels.get(predictedIndex))
                + ".");
    }

    void clearCell() {
        actual = predicted = -1;
        rows.clear();
        summary.set("");
    }

    public ObjectProperty<CopyModel.Kind> shownProperty() { return shown; }
    public ObservableList<Row> rows() { return rows; }
    /** "12 test texts are spam but the model said ham.", or "" before a cell is clicked. */
    public ReadOnlyStringProperty summaryProperty() { return summary; }
    public int selectedActual() { return actual; }
    public int selectedPredicted() { return predicted; }
}
