package com.mstudio.engine.api;

import java.nio.file.Path;
import java.util.concurrent.Executor;

/**
 * Writes tables for other tools. Every CSV the studio writes is UTF-8, RFC 4180, and escapes text that a spreadsheet
 * would run as a formula (a leading apostrophe before = + - @), so opening an export never executes customer input.
 */
public interface ExportService {
    /** Writes {@code table} (the view the user sees: masked columns stay masked) to {@code file}, atomically. */
    JobHandle<Path> exportCsv(DataTable table, Path file, Executor events, JobListener<? super Path> listener);
}
