package com.mstudio.engine.data.csv;

import com.mstudio.engine.api.CsvPreview;
import com.mstudio.engine.api.ImportOptions;
import com.mstudio.engine.api.ImportResult;
import com.mstudio.engine.api.ImportService;
import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.JobRunner;
import com.mstudio.engine.api.Lane;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executor;

/** {@link ImportService} for the UI and the CLI: previews and imports run as {@link Lane#IO} jobs with progress and cancel. */
public final class CsvImportService implements ImportService {
    private final JobRunner jobs;
    private final CsvImporter importer;

    public CsvImportService(JobRunner jobs) {
        this(jobs, new CsvImporter());
    }

    public CsvImportService(JobRunner jobs, CsvImporter importer) {
        this.jobs = Objects.requireNonNull(jobs);
        this.importer = Objects.requireNonNull(importer);
    }

    @Override
    public JobHandle<CsvPreview> preview(Path file, ImportOptions options, Executor events, JobListener<? super CsvPreview> listener) {
        ImportOptions o = options == null ? ImportOptions.detectAll() : options;
        return jobs.submit("Preview " + file.getFileName(), Lane.IO, ctx -> importer.preview(file, o, ctx), events, listener);
    }

    @Override
    public JobHandle<ImportResult> importCsv(Path file, ImportOptions options, Executor events, JobListener<? super ImportResult> listener) {
        ImportOptions o = options == null ? ImportOptions.detectAll() : options;
        return jobs.submit("Import " + file.getFileName(), Lane.IO, ctx -> importer.importFile(file, o, ctx), events, listener);
    }
}
