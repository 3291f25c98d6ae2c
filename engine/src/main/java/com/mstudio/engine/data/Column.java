package com.mstudio.engine.data;

import com.mstudio.engine.api.ColumnType;

/** One immutable column of a {@link Dataset}. Implementations store primitives, not boxed objects. */
public sealed interface Column permits LongColumn, DoubleColumn, StringColumn {
    String name();

    ColumnType type();

    int size();

    boolean isMissing(int row);

    int missingCount();

    /** Display text; "" when missing. */
    String text(int row);

    /** Numeric view (see {@link com.mstudio.engine.api.DataTable#number}); NaN when missing or not numeric. */
    double number(int row);

    /** The same data under another name (header renames, PII masking keep the values). */
    Column renamed(String newName);
}
