package com.mstudio.engine.data.csv;

import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.ExportService;
import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.JobRunner;
import com.mstudio.engine.api.Lane;

import java.nio.file.Path;
import java.util.concurrent.Executor;

/** CSV export on the I/O lane, with progress and cancel (see {@link CsvWriter}). */
public final class CsvExportService implements ExportService {
    private final JobRunner jobs;
    private final CsvWriter writer = new CsvWriter();

    public CsvExportService(JobRunner jobs) {
        this.jobs = jobs;
    }

    @Override
    public JobHandle<Path> exportCsv(DataTable table, Path file, Executor events, JobListener<? super Path> listener) {
        return jobs.submit("Export " + file.getFileName(), Lane.IO, ctx -> {
            writer.write(table, file, ctx);
            ctx.progress(1, "Exported " + file.getFileName());
            return file;
        }, events, listener);
    }
}
