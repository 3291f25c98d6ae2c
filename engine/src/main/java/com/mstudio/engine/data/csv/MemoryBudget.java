package com.mstudio.engine.data.csv;

import com.mstudio.engine.api.ColumnSchema;
import com.mstudio.engine.api.StudioException;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Refuses an import that would not fit in the heap, before the arrays are allocated, with the figures a person
 * needs to fix it. An OutOfMemoryError half way through would leave the app in an unknown state instead.
 */
final class MemoryBudget {
    /** Keep this share of the free heap for the rest of the app (the UI, models, the GC's headroom). */
    static final double USABLE_SHARE = 0.8;

    private final long maxHeap;

    /** @param maxHeap the heap the app may use in bytes: {@code Runtime.maxMemory()} in the app */
    MemoryBudget(long maxHeap) {
        this.maxHeap = maxHeap;
    }

    static MemoryBudget ofRuntime() {
        return new MemoryBudget(Runtime.getRuntime().maxMemory());
    }

    long available() {
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        return (long) ((maxHeap - Math.min(used, maxHeap)) * USABLE_SHARE);
    }

    /** Rough need before reading: values for every cell of the estimated rows, plus a UTF-8 copy when transcoding. */
    static long estimateBeforeReading(long bytes, double bytesPerRecord, int columns, boolean transcoding) {
        long rows = (long) (bytes / Math.max(1.0, bytesPerRecord));
        long need = rows * columns * 8L + rows * columns / 8;
        if (transcoding) need += bytes * 4; // raw bytes, the decoded chars, and the UTF-8 copy
        return need;
    }

    /** The columns' arrays, exactly sized from the row count, plus the strings of the dictionaries. */
    static long estimateColumns(long rows, List<ColumnSchema> schema, long[] distinctStringBytes) {
        long need = 0;
        for (int c = 0; c < schema.size(); c++) {
            ColumnSchema s = schema.get(c);
            if (s.type().isString()) need += rows * 4L + distinctStringBytes[c];
            else need += rows * 8L + rows / 8;
        }
        return need;
    }

    void check(long need, Path file) {
        long avail = available();
        if (need <= avail) return;
        long suggest = (long) Math.ceil((need / USABLE_SHARE + (maxHeap - avail / USABLE_SHARE) + (256L << 20)) / (1L << 30));
        throw new StudioException(String.format(Locale.ROOT,
                "This file needs about %s of memory to import, and the app may use %s (%s of it free). "
                        + "Start the app with -Xmx%dg, or import a smaller file", size(need), size(maxHeap), size(avail),
                Math.max(1, suggest)), file, -1, null);
    }

    static String size(long bytes) {
        if (bytes >= (1L << 30)) return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        return String.format(Locale.ROOT, "%d MB", Math.max(1, Math.round(bytes / (double) (1L << 20))));
    }
}
