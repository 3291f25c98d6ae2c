package com.mstudio.engine.data.profile;

import com.mstudio.engine.api.ColumnProfile;
import com.mstudio.engine.api.ColumnProfile.ValueCount;
import com.mstudio.engine.data.StringColumn;

import java.util.ArrayList;
import java.util.List;

/**
 * Profiles CATEGORICAL, TEXT and IDENTIFIER columns. Counting works on the dictionary codes, so it is one pass over
 * an int[] and never hashes a string; the top values are picked with a bounded insertion, O(distinct × 10), which stays
 * cheap for identifier columns with a million distinct values.
 */
final class CategoryProfiler {
    static final int TOP = 10;

    private CategoryProfiler() {}

    static ColumnProfile profile(StringColumn column) {
        List<String> dictionary = column.dictionary();
        long[] counts = new long[dictionary.size()];
        int rows = column.size();
        for (int r = 0; r < rows; r++) {
            int code = column.code(r);
            if (code >= 0) counts[code]++;
        }
        int distinct = 0;
        for (long c : counts) if (c > 0) distinct++;
        int[] top = topCodes(counts, dictionary, TOP);
        List<ValueCount> values = new ArrayList<>(top.length);
        long covered = 0;
        for (int code : top) {
            values.add(new ValueCount(dictionary.get(code), counts[code]));
            covered += counts[code];
        }
        long present = rows - column.missingCount();
        long other = present - covered;
        return new ColumnProfile(column.name(), column.type(), rows, column.missingCount(),
                NumberProfiler.share(column.missingCount(), rows), distinct, null, null, List.copyOf(values),
                other, NumberProfiler.share(other, present), 0, 0, null, null);
    }

    /** Codes of the k most frequent values; ties go to the alphabetically first value so the result is stable. */
    static int[] topCodes(long[] counts, List<String> dictionary, int k) {
        int[] best = new int[k];
        int size = 0;
        for (int code = 0; code < counts.length; code++) {
            if (counts[code] == 0) continue;
            if (size == k && !before(code, best[k - 1], counts, dictionary)) continue;
            int pos = size < k ? size++ : k - 1;
            while (pos > 0 && before(code, best[pos - 1], counts, dictionary)) {
                best[pos] = best[pos - 1];
                pos--;
            }
            best[pos] = code;
        }
        return java.util.Arrays.copyOf(best, size);
    }

    private static boolean before(int a, int b, long[] counts, List<String> dictionary) {
        if (counts[a] != counts[b]) return counts[a] > counts[b];
        return dictionary.get(a).compareTo(dictionary.get(b)) < 0;
    }
}
