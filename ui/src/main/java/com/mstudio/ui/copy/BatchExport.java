package com.mstudio.ui.copy;

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

    BatchExport(ExportService exports, UiBridge bridge, ObservableValue<DataTable> labelled) {
        super(bridge);
        this.exports = exports;
        this.labelled = labelled;
        labelled.addListener(o -> clearMessage());
    }

    /** Writes the labelled table to {@code file}; ignored with nothing labelled or while an export runs. */
    public void export(Path file) {
        DataTable t = labelled.getValue();
        if (t == null || file == null || busy()) return;
        run("Writing " + file.getFileName() + "…", listener -> exports.exportCsv(t, file, bridge().source(), listener),
                (Path written) -> "Wrote " + Formats.count(t.rowCount()) + " rows with label and confidence to " + written);
    }
}
