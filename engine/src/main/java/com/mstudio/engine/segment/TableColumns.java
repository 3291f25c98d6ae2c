package com.mstudio.engine.segment;

import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.data.Column;
import com.mstudio.engine.data.ColumnCopy;
import com.mstudio.engine.data.Dataset;

import java.util.ArrayList;
import java.util.List;

/** Picking named columns out of a table, with the error a marketer understands when one is not there. */
final class TableColumns {
    private TableColumns() {}

    /**
     * The named columns as an engine dataset (the cleaning service works on those): the same column objects when
     * {@code table} is one, a copy of just these columns otherwise.
     *
     * @param purpose completes "This file has no column "x" to ..." ("segment on")
     */
    static Dataset select(DataTable table, List<String> names, String purpose) {
        List<Column> out = new ArrayList<>();
        for (String name : names) out.add(column(table, name, purpose));
        return new Dataset(out);
    }

    static Column column(DataTable table, String name, String purpose) {
        return ColumnCopy.of(table, index(table, name, purpose));
    }

    static int index(DataTable table, String name, String purpose) {
        int i = table.indexOf(name);
        if (i < 0) throw new StudioException("This file has no column \"" + name + "\" to " + purpose + ".", null, -1, name);
        return i;
    }

    /** "numbers", "yes/no values", "dates"..., for messages. */
    static String describe(ColumnType type) {
        return switch (type) {
            case INTEGER -> "whole numbers";
            case DECIMAL -> "numbers";
            case BOOLEAN -> "yes/no values";
            case DATE -> "dates";
            case DATETIME -> "dates with times";
            case CATEGORICAL -> "categories";
            case TEXT -> "free text";
            case IDENTIFIER -> "identifiers";
        };
    }
}
