package com.mstudio.engine.api;

import java.nio.file.Path;
import java.util.List;

/**
 * The honest account of an import. Always {@code rowsRead == rowsImported + rowsRejected}.
 *
 * @param rowsRead          data records read from the file (header excluded)
 * @param cellsSetMissing   cells kept as missing because of {@link BadRowPolicy#KEEP_AS_MISSING}
 * @param rejections        every problem, in file order (rows left out, and cells set to missing)
 * @param notices           non-fatal remarks (renamed headers, detected encoding, formula-like text kept as text)
 */
public record ImportReport(Path file, CsvDialect dialect, long rowsRead, long rowsImported, long rowsRejected,
                           long cellsSetMissing, List<Rejection> rejections, List<String> notices, double seconds) {}
