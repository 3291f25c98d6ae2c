package com.mstudio.engine.api;

import java.nio.file.Path;
import java.util.List;

/**
 * What the user reviews before the full import: the dialect and schema detected over the whole file, and the
 * first rows as raw text.
 *
 * @param notices  things the user should know, e.g. "Header 2 was blank; named it column_2"
 * @param rowCount data rows in the file (header excluded), counted during detection
 */
public record CsvPreview(Path file, long fileSizeBytes, CsvDialect dialect, List<ColumnSchema> schema,
                         List<List<String>> firstRows, long rowCount, List<String> notices) {}
