package com.mstudio.ui.copy;

import com.mstudio.engine.api.CopyService.BatchColumns;
import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.ExportService;
import com.mstudio.ui.common.EngineExport;
import com.mstudio.ui.common.Formats;
import com.mstudio.ui.common.UiBridge;
import javafx.beans.value.ObservableValue;

import java.nio.file.Path;

/** The batch's "Export CSV…": the labelled table written by the engine as a job, then one line naming the file. */
public final class BatchExport extends EngineExport {
    private final ExportService exports;
    private final ObservableValue<DataTable> labelled;
    private final ObservableValue<BatchColumns> added;

    BatchExport(ExportService exports, UiBridge bridge, ObservableValue<DataTable> labelled, ObservableValue<BatchColumns> added) {
        super(bridge);
        this.exports = exports;
        this.labelled = labelled;
        this.added = added;
        labelled.addListener(o -> clearMessage());
    }

    /** Writes the labelled table to {@code file}; ignored with nothing labelled or while an export runs. */
    public void export(Path file) {
        DataTable t = labelled.getValue();
        if (t == null || file == null || busy()) return;
        BatchColumns names = added.getValue();
        run("Writing " + file.getFileName() + "…", listener -> exports.exportCsv(t, file, bridge().source(), listener),
                (Path written) -> "Wrote " + Formats.count(t.rowCount()) + " rows with " + names.label() + " and "
                        + names.confidence() + " to " + written);
    }
}
