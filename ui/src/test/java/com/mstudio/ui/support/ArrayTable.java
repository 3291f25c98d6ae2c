package com.mstudio.ui.support;

import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.api.DataTable;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** A small DataTable for tests: cells as strings, "" is missing; or computed cells for huge virtual tables. */
public final class ArrayTable implements DataTable {
    private final List<ColumnInfo> columns;
    private final int rows;
    private final CellSource cells;

    public interface CellSource {
        String cell(int row, int col);
    }

    public ArrayTable(List<String> names, List<ColumnType> types, int rows, CellSource cells) {
        this.rows = rows;
        this.cells = cells;
        List<ColumnInfo> infos = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            int missing = 0;
            if (rows <= 200_000) for (int r = 0; r < rows; r++) if (cells.cell(r, c).isEmpty()) missing++;
            infos.add(new ColumnInfo(names.get(c), types.get(c), missing));
        }
        this.columns = List.copyOf(infos);
    }

    public static ArrayTable of(List<String> names, List<ColumnType> types, List<String[]> data) {
        return new ArrayTable(names, types, data.size(), (r, c) -> c < data.get(r).length ? data.get(r)[c] : "");
    }

    /** A table of {@code rows} computed rows: id, a number and a category; nothing is stored per row. */
    public static ArrayTable huge(int rows) {
        IntFunction<String> cat = i -> List.of("North", "South", "East", "West").get(i % 4);
        return new ArrayTable(List.of("id", "spend", "region"),
                List.of(ColumnType.IDENTIFIER, ColumnType.DECIMAL, ColumnType.CATEGORICAL), rows,
                (r, c) -> switch (c) {
                    case 0 -> "C" + r;
                    case 1 -> r % 97 == 0 ? "" : String.valueOf((r * 37 % 1000) / 10.0);
                    default -> cat.apply(r);
                });
    }

    @Override public int rowCount() { return rows; }
    @Override public int columnCount() { return columns.size(); }
    @Override public List<ColumnInfo> columns() { return columns; }
    @Override public boolean isMissing(int row, int column) { return cells.cell(row, column).isEmpty(); }
    @Override public String text(int row, int column) { return cells.cell(row, column); }

    @Override
    public double number(int row, int column) {
        String s = cells.cell(row, column);
        if (s.isEmpty()) return Double.NaN;
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
