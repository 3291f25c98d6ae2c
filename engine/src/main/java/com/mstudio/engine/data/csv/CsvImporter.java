package com.mstudio.engine.data.csv;

import com.mstudio.engine.api.CsvPreview;
import com.mstudio.engine.api.ImportOptions;
import com.mstudio.engine.api.ImportReport;
import com.mstudio.engine.api.ImportResult;
import com.mstudio.engine.api.JobCancelledException;
import com.mstudio.engine.api.JobContext;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.data.Column;
import com.mstudio.engine.data.Dataset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads a CSV file into a {@link Dataset}, in two passes over the bytes: pass 1 ({@link ScanPass}) detects the
 * types over every row and counts them, pass 2 ({@link FillPass}) writes the values into exactly sized primitive
 * arrays. This class only wires the steps; each step is its own class. Runs on the caller's thread (a job on
 * {@code Lane.IO}) plus, for big files, a few named helper threads that live only for the call.
 */
public final class CsvImporter {
    private static final Logger LOG = LoggerFactory.getLogger(CsvImporter.class);
    private static final AtomicInteger POOL_IDS = new AtomicInteger();

    private final int threads;
    private final MemoryBudget budget;
    /** Full first passes run so far (tests check that a preview's analysis is reused). */
    final AtomicInteger scans = new AtomicInteger();
    private ScanKey lastKey;
    private CsvAnalysis lastAnalysis;

    /** Uses up to 4 threads (fewer on smaller machines) and the JVM's heap limit. */
    public CsvImporter() {
        this(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), MemoryBudget.ofRuntime());
    }

    CsvImporter(int threads, MemoryBudget budget) {
        this.threads = threads;
        this.budget = budget;
    }

    /** Detects dialect and schema over the whole file; never builds the table. */
    public CsvPreview preview(Path file, ImportOptions options, JobContext context) {
        return withPool(context, runner -> {
            CsvAnalysis a = analyze(file, options, runner, 1.0);
            try (ByteSource ignored = a.source) {
                return new CsvPreview(file, a.fileSize, a.dialect, a.schema, a.firstRows, a.rowCount, a.notices);
            }
        });
    }

    /** Reads the whole file with the detected schema, as overridden by {@code options}. */
    public ImportResult importFile(Path file, ImportOptions options, JobContext context) {
        long t0 = System.nanoTime();
        return withPool(context, runner -> {
            CsvAnalysis a = analyze(file, options, runner, 0.5);
            double fillFrom = a.reused ? 0.0 : 0.5;
            try (ByteSource src = a.source) {
                long need = MemoryBudget.estimateColumns(a.rowCount, a.schema, a.distinctStringBytes);
                budget.check(need, file);
                FillPass fill = new FillPass(src, a.dialect.delimiter(), a.dialect.quote(), a.dialect.decimalComma(),
                        a.schema, a.orders, options.badRowPolicy(), a.rowCount, a.distinctCounts);
                List<Column> columns = fill.run(a.starts, threads, runner, fillFrom, 1.0);
                Dataset data = new Dataset(columns);
                List<String> notices = new ArrayList<>(a.notices);
                if (fill.rejections.total > fill.rejections.kept.size()) {
                    notices.add(String.format("The report lists the first %,d of %,d problems", fill.rejections.kept.size(),
                            fill.rejections.total));
                }
                long rowsImported = a.rowCount - fill.rowsRejected;
                double seconds = (System.nanoTime() - t0) / 1e9;
                ImportReport report = new ImportReport(file, a.dialect, a.rowCount, rowsImported, fill.rowsRejected,
                        fill.cellsSetMissing, List.copyOf(fill.rejections.kept), List.copyOf(notices), seconds);
                context.progress(1.0, String.format("Imported %,d rows", rowsImported));
                return new ImportResult(data, a.schema, report);
            }
        });
    }

    /**
     * Pass 1, or its result from the last call when the same file (same size and modification time) is read with the
     * same options: the usual "preview, check, import" then reads the file once less. Only the last analysis is kept
     * (a few KB: schema, checkpoints, first rows), so the cache cannot grow.
     */
    private CsvAnalysis analyze(Path file, ImportOptions options, ChunkRunner runner, double scanShare) throws Exception {
        ScanKey key = ScanKey.of(file, options);
        synchronized (this) {
            if (key != null && key.equals(lastKey)) return lastAnalysis.reopen();
        }
        CsvAnalysis a = CsvAnalysis.run(file, options, runner, threads, budget, 0.0, scanShare);
        scans.incrementAndGet();
        synchronized (this) {
            lastKey = key;
            lastAnalysis = a;
        }
        return a;
    }

    /** Identifies a file's content and the options that shape its analysis (the bad-row policy does not). */
    private record ScanKey(Path file, long size, FileTime modified, ImportOptions options) {
        static ScanKey of(Path file, ImportOptions options) {
            try {
                Path real = file.toAbsolutePath().normalize();
                return new ScanKey(real, Files.size(real), Files.getLastModifiedTime(real), options.withBadRowPolicy(null));
            } catch (IOException e) {
                return null; // the analysis itself reports the problem in plain words
            }
        }
    }

    private interface Step<T> {
        T run(ChunkRunner runner) throws Exception;
    }

    /** Runs a step with a helper pool that is shut down whatever happens, and words every failure. */
    private <T> T withPool(JobContext context, Step<T> step) {
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, namedDaemons()) : null;
        try {
            return step.run(new ChunkRunner(pool, context));
        } catch (StudioException | JobCancelledException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JobCancelledException();
        } catch (NoSuchFileException e) {
            throw new StudioException("The file does not exist (any more)", Path.of(e.getFile()), -1, null, e);
        } catch (AccessDeniedException e) {
            throw new StudioException("The app is not allowed to read this file", Path.of(e.getFile()), -1, null, e);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new StudioException("The file could not be read: " + e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            throw new StudioException("The app ran out of memory while importing this file; start it with a larger -Xmx", e);
        } catch (Exception e) {
            throw new StudioException("The import failed unexpectedly: " + e, e);
        } finally {
            if (pool != null) pool.shutdownNow();
        }
    }

    private static ThreadFactory namedDaemons() {
        int id = POOL_IDS.incrementAndGet();
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "csv-import-" + id + "-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((th, e) -> LOG.error("Uncaught in {}", th.getName(), e));
            return t;
        };
    }
}
