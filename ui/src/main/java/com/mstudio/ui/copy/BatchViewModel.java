package com.mstudio.ui.copy;

import com.mstudio.engine.api.CopyModel;
import com.mstudio.engine.api.CopyService;
import com.mstudio.engine.api.CopyService.BatchColumns;
import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.ExportService;
import com.mstudio.engine.api.ImportService;
import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.engine.api.LoadedDataset;
import com.mstudio.engine.api.Workspace;
import com.mstudio.ui.common.Formats;
import com.mstudio.ui.common.LatestJob;
import com.mstudio.ui.common.UiBridge;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Batch: classifies a whole text column, of the open dataset or of a CSV the user picks, as an engine job (progress,
 * Cancel), previews the first rows with the model's label and confidence, and exports the labelled table as CSV
 * ({@link BatchExport}). The two new columns get names the source does not have ({@link BatchColumns#freeIn}, the
 * engine's rule), named on screen before the run, so a file's own {@code label} column is never overwritten. A failed
 * or cancelled run keeps the previous labelled table.
 */
public final class BatchViewModel {
    /** Rows shown in the preview: enough to judge, cheap to draw. */
    static final int PREVIEW_ROWS = 200;

    /** One previewed row. */
    public record Row(String text, String label, String confidence) {}

    private final CopyService service;
    private final PickedFile files;
    private final UiBridge bridge;
    private final ObservableList<CopyModel> models;
    private final LatestJob job = new LatestJob();
    private final BatchExport export;
    private final ObjectProperty<CopyModel> model = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<DataTable> source = new SimpleObjectProperty<>();
    private final SimpleStringProperty sourceName = new SimpleStringProperty("");
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final StringProperty column = new SimpleStringProperty();
    private final SimpleObjectProperty<BatchColumns> added = new SimpleObjectProperty<>(BatchColumns.freeIn(List.<String>of()));
    private final SimpleStringProperty addedText = new SimpleStringProperty("");
    private final SimpleStringProperty privacyText = new SimpleStringProperty("");
    private final SimpleObjectProperty<DataTable> labelled = new SimpleObjectProperty<>();
    private final ObservableList<Row> preview = FXCollections.observableArrayList();
    private final SimpleBooleanProperty running = new SimpleBooleanProperty();
    private final SimpleDoubleProperty progress = new SimpleDoubleProperty(-1);
    private final SimpleStringProperty message = new SimpleStringProperty("");

    BatchViewModel(CopyService service, ImportService importer, Workspace workspace, ExportService exports, UiBridge bridge,
                   ObservableList<CopyModel> models, ObservableValue<LoadedDataset> dataset) {
        this.service = service;
        this.files = new PickedFile(importer, workspace, bridge, job);
        this.bridge = bridge;
        this.models = models;
        this.export = new BatchExport(exports, bridge, labelled, added);
        models.addListener((ListChangeListener<CopyModel>) c -> model.set(CopyTexts.best(models)));
        dataset.addListener((o, was, now) -> {
            if (was == null || now == null || !was.entry().id().equals(now.entry().id())) useDataset(now);
        });
        useDataset(dataset.getValue());
    }

    /** The open dataset becomes the source (the default): its view, masked as the Data screen shows it. */
    public void useDataset(LoadedDataset ds) {
        List<String> masked = ds == null ? List.of()
                : ds.entry().maskedColumns().stream().filter(c -> !ds.unmaskedColumns().contains(c)).toList();
        use(ds == null ? null : ds.view(), ds == null ? "" : ds.entry().name(), masked);
        privacyText.set(""); // the Data screen already says what is masked
    }

    /**
     * Reads {@code file} (detected options), masks its personal data as the import masks a dataset's
     * ({@link PickedFile}), and makes it the source; the preview and the export show it masked.
     */
    public void useFile(Path file) {
        if (file == null) return;
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        running.set(true);
        progress.set(-1);
        files.read(file, message::set, o -> {
            running.set(false);
            if (o instanceof JobOutcome.Succeeded<PickedFile.Read> s) {
                use(s.value().table(), name, s.value().maskedColumns());
                privacyText.set(s.value().note());
                message.set("");
            } else if (o instanceof JobOutcome.Failed<PickedFile.Read> f) {
                message.set(name + " could not be read: " + f.message());
            } else {
                message.set("Cancelled.");
            }
        });
    }

    private void use(DataTable table, String name, List<String> masked) {
        job.cancel();
        running.set(false);
        source.set(table);
        sourceName.set(name);
        // A masked column holds codes, not copy: there is nothing in it to classify.
        columns.setAll(table == null ? List.of() : service.textColumns(table).stream().filter(c -> !masked.contains(c)).toList());
        column.set(columns.isEmpty() ? null : columns.get(0));
        added.set(BatchColumns.freeIn(table == null ? List.of() : names(table)));
        addedText.set(table == null ? "" : addedSentence(table, added.get()));
        labelled.set(null);
        preview.clear();
        message.set("");
    }

    /** Classifies every row of the chosen column with the chosen model. */
    public void run() {
        CopyModel m = model.get();
        DataTable table = source.get();
        if (m == null || table == null || column.get() == null || running.get()) return;
        long gen = job.next();
        running.set(true);
        progress.set(-1);
        message.set("Classifying " + Formats.count(table.rowCount()) + " texts of " + sourceName.get() + "…");
        String col = column.get();
        JobHandle<DataTable> h = service.classifyColumn(m, table, col, bridge.source(), bridge.listener(job.<DataTable>listener(gen,
                p -> progress.set(p.isIndeterminate() ? -1 : p.fraction()), o -> done(o, col, m))));
        job.started(gen, h);
    }

    private void done(JobOutcome<DataTable> outcome, String col, CopyModel m) {
        running.set(false);
        if (outcome instanceof JobOutcome.Succeeded<DataTable> s) {
            DataTable t = s.value();
            labelled.set(t);
            BatchColumns names = added.get();
            preview.setAll(rows(t, col, names));
            message.set("Labelled " + Formats.count(t.rowCount()) + " texts of " + sourceName.get() + " with the "
                    + m.kind().title() + " model: " + counts(t, names.label()) + ".");
        } else if (outcome instanceof JobOutcome.Failed<DataTable> f) {
            message.set("The texts could not be classified: " + f.message()
                    + (labelled.get() == null ? "" : " The labels shown before are unchanged."));
        } else {
            message.set("Cancelled." + (labelled.get() == null ? "" : " The labels shown before are unchanged."));
        }
    }

    public void cancel() {
        if (!running.get()) return;
        job.cancel();
        running.set(false);
        message.set("Cancelled." + (labelled.get() == null ? "" : " The labels shown before are unchanged."));
    }

    static List<Row> rows(DataTable t, String textColumn, BatchColumns names) {
        int text = t.indexOf(textColumn), label = t.indexOf(names.label()), conf = t.indexOf(names.confidence());
        List<Row> out = new ArrayList<>();
        for (int r = 0; r < Math.min(PREVIEW_ROWS, t.rowCount()); r++) {
            out.add(new Row(t.isMissing(r, text) ? "" : t.text(r, text), t.isMissing(r, label) ? "" : t.text(r, label),
                    t.isMissing(r, conf) ? "" : CopyTexts.percent(t.number(r, conf))));
        }
        return out;
    }

    private static List<String> names(DataTable t) {
        return t.columns().stream().map(DataTable.ColumnInfo::name).toList();
    }

    /**
     * "Adds the columns label and confidence.", or, when the source has either name already, which new names are used
     * and that its own column stays: the user must know which column is the model's before opening the export.
     */
    static String addedSentence(DataTable source, BatchColumns names) {
        String adds = "Adds the columns \u201c" + names.label() + "\u201d and \u201c" + names.confidence() + "\u201d";
        if (names.plain()) return adds + ".";
        List<String> own = new ArrayList<>();
        for (String n : names(source)) {
            String key = n.strip().toLowerCase(java.util.Locale.ROOT);
            if (key.equals("label") || key.equals("confidence")) own.add("\u201c" + n + "\u201d");
        }
        return adds + ": the table's own " + String.join(" and ", own)
                + (own.size() == 1 ? " column is kept as it is." : " columns are kept as they are.");
    }

    /** "spam 1,204 · ham 4,842". */
    private static String counts(DataTable t, String labelColumn) {
        int label = t.indexOf(labelColumn);
        java.util.Map<String, Integer> n = new java.util.LinkedHashMap<>();
        for (int r = 0; r < t.rowCount(); r++) if (!t.isMissing(r, label)) n.merge(t.text(r, label), 1, Integer::sum);
        return n.entrySet().stream().map(e -> e.getKey() + " " + Formats.count(e.getValue()))
                .collect(java.util.stream.Collectors.joining(" · "));
    }

    public ObservableList<CopyModel> models() { return models; }
    public ObjectProperty<CopyModel> modelProperty() { return model; }
    public ReadOnlyObjectProperty<DataTable> sourceProperty() { return source; }
    /** The dataset's or the file's name, or "". */
    public ReadOnlyStringProperty sourceNameProperty() { return sourceName; }
    public ObservableList<String> columns() { return columns; }
    public StringProperty columnProperty() { return column; }
    /** "Personal data is masked in new.csv: email (…)." for a picked file with personal data, else "". */
    public ReadOnlyStringProperty privacyTextProperty() { return privacyText; }
    /** The names the next run's two new columns get (the source's own columns are never replaced). */
    public ReadOnlyObjectProperty<BatchColumns> addedColumnsProperty() { return added; }
    /** "Adds the columns “label” and “confidence”." (or the free names and why), "" without a source. */
    public ReadOnlyStringProperty addedTextProperty() { return addedText; }
    /** The source with the two {@link #addedColumnsProperty()} columns appended, after a run; else null. */
    public ReadOnlyObjectProperty<DataTable> labelledProperty() { return labelled; }
    public ObservableList<Row> preview() { return preview; }
    public ReadOnlyBooleanProperty runningProperty() { return running; }
    public ReadOnlyDoubleProperty progressProperty() { return progress; }
    public ReadOnlyStringProperty messageProperty() { return message; }
    public BatchExport export() { return export; }
}
