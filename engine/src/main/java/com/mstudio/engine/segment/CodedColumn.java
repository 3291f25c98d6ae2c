package com.mstudio.engine.segment;

import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.data.Dataset;
import com.mstudio.engine.data.StringColumn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A column's values as small integer codes (-1 = missing) with the distinct display texts, so that counting
 * categories per segment over a million rows is array arithmetic rather than string hashing. Booleans code their
 * own words ("Yes"/"No").
 */
record CodedColumn(int[] codes, List<String> values) {
    static CodedColumn of(DataTable table, int column) {
        int n = table.rowCount();
        int[] codes = new int[n];
        if (table instanceof Dataset d && d.columnAt(column) instanceof StringColumn sc) {
            for (int r = 0; r < n; r++) codes[r] = sc.code(r);
            return new CodedColumn(codes, sc.dictionary());
        }
        Map<String, Integer> index = new HashMap<>();
        List<String> values = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            if (table.isMissing(r, column)) {
                codes[r] = -1;
                continue;
            }
            String v = table.text(r, column);
            Integer code = index.get(v);
            if (code == null) {
                code = values.size();
                index.put(v, code);
                values.add(v);
            }
            codes[r] = code;
        }
        return new CodedColumn(codes, values);
    }

    /** counts[segment][code] over non-missing rows; row k is the whole base. */
    long[][] countsBySegment(int[] assignments, int k) {
        long[][] counts = new long[k + 1][values.size()];
        for (int r = 0; r < codes.length; r++) {
            int code = codes[r];
            if (code < 0) continue;
            counts[assignments[r]][code]++;
            counts[k][code]++;
        }
        return counts;
    }
}
