package com.mstudio.ui.data;

import com.mstudio.engine.api.ImportReport;
import com.mstudio.engine.api.Rejection;
import com.mstudio.ui.common.Formats;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.List;
import java.util.Locale;

/** The report tab: the counts as sentences that add up, and the rejections with a free-text filter. */
public final class ReportViewModel {
    private final ObservableList<Rejection> all = FXCollections.observableArrayList();
    private final FilteredList<Rejection> shown = new FilteredList<>(all, r -> true);
    private final StringProperty filter = new SimpleStringProperty("");
    private final SimpleStringProperty summary = new SimpleStringProperty("");
    private final ObservableList<String> notices = FXCollections.observableArrayList();
    private ImportReport report;

    public ReportViewModel() {
        filter.addListener((o, was, now) -> {
            String f = now == null ? "" : now.trim().toLowerCase(Locale.ROOT);
            shown.setPredicate(f.isEmpty() ? r -> true : r -> matches(r, f));
        });
    }

    private static boolean matches(Rejection r, String f) {
        return String.valueOf(r.line()).equals(f)
                || contains(r.column(), f) || contains(r.value(), f) || contains(r.reason(), f);
    }

    private static boolean contains(String s, String f) {
        return s != null && s.toLowerCase(Locale.ROOT).contains(f);
    }

    public void show(ImportReport report) {
        this.report = report;
        if (report == null) {
            all.clear();
            notices.clear();
            summary.set("");
            return;
        }
        all.setAll(report.rejections());
        notices.setAll(report.notices());
        summary.set(String.format(Locale.ROOT, "%s rows read = %s imported + %s rejected · %s cells set to missing · read in %s",
                Formats.count(report.rowsRead()), Formats.count(report.rowsImported()),
                Formats.count(report.rowsRejected()), Formats.count(report.cellsSetMissing()),
                report.seconds() < 0.1 ? "under 0.1 s" : String.format(Locale.ROOT, "%.1f s", report.seconds())));
    }

    /** For a dataset whose import report could not be read back: no numbers, and a sentence that says why. */
    public void notAvailable() {
        show(null);
        summary.set("The import report of this dataset is not available (it could not be read from the workspace). "
                + "The data itself is complete; import the file again to see the report.");
    }

    /** The counts as (label, value) pairs for the summary tiles; empty before an import. */
    public List<String[]> currentTiles() {
        ImportReport r = report;
        if (r == null) return List.of();
        return List.of(
                new String[]{"Rows read", Formats.count(r.rowsRead())},
                new String[]{"Imported", Formats.count(r.rowsImported())},
                new String[]{"Rejected", Formats.count(r.rowsRejected())},
                new String[]{"Cells set to missing", Formats.count(r.cellsSetMissing())});
    }

    public ObservableList<Rejection> rejections() { return shown; }
    public int totalRejections() { return all.size(); }
    public StringProperty filterProperty() { return filter; }
    public ReadOnlyStringProperty summaryProperty() { return summary; }
    public ObservableList<String> notices() { return notices; }
}
