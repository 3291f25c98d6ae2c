package com.mstudio.engine.api;

import java.nio.file.Path;
import java.util.concurrent.Executor;

/** CSV import as the UI and CLI use it. Both calls run as jobs with progress and cancel. */
public interface ImportService {
    /** Detects the dialect and the schema over the whole file, and returns the first rows. */
    JobHandle<CsvPreview> preview(Path file, ImportOptions options, Executor events, JobListener<? super CsvPreview> listener);

    /** Reads the whole file with the schema (detected, then overridden by {@code options}). */
    JobHandle<ImportResult> importCsv(Path file, ImportOptions options, Executor events, JobListener<? super ImportResult> listener);
}
