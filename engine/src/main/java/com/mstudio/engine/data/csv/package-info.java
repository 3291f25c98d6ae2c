/**
 * CSV import and export.
 * <p>
 * Entry points: {@link com.mstudio.engine.data.csv.CsvImportService} (the {@code ImportService} the UI and CLI use,
 * jobs on the IO lane), {@link com.mstudio.engine.data.csv.CsvImporter} (the same work run directly, with a
 * {@link com.mstudio.engine.api.PlainJobContext} or any {@code JobContext}),
 * {@link com.mstudio.engine.data.csv.CsvWriter} (export with formula escaping) and
 * {@link com.mstudio.engine.data.csv.ImportBenchmark} ({@code studio bench import}).
 * <p>
 * How an import goes, one class per step:
 * <ol>
 *   <li>{@code EncodingDetector}: BOM, else strict UTF-8 over the whole file, else GB18030 or windows-1252 by byte
 *       statistics; binary files are refused. {@code ByteSource} then serves ASCII-compatible bytes by position.</li>
 *   <li>{@code DialectDetector}: delimiter, quote and decimal comma from the first 256 KB.</li>
 *   <li>{@code ScanPass} (pass 1, parallel when the file is large): {@code RecordScanner} splits records,
 *       {@code ColumnStats} classifies every cell of every row; checkpoints every 65,536 rows.</li>
 *   <li>{@code TypeInference} and {@code HeaderDetector} decide the types, the header and the names;
 *       {@code CsvAnalysis} assembles schema and notices; {@code MemoryBudget} refuses what would not fit.</li>
 *   <li>{@code FillPass} (pass 2, parallel from the checkpoints) parses each cell with {@code CellParser} and
 *       {@code DateParser} into exactly sized arrays, dictionary-encodes strings with {@code ByteDictionary}, and logs
 *       problems in {@code RejectionLog}.</li>
 * </ol>
 * Nothing here allocates per cell on the hot path; Strings are made once per distinct value.
 */
package com.mstudio.engine.data.csv;
