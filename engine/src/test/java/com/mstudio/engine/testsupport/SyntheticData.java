package com.mstudio.engine.testsupport;

import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.data.Column;
import com.mstudio.engine.data.Dataset;
import com.mstudio.engine.data.DoubleColumn;
import com.mstudio.engine.data.LongColumn;
import com.mstudio.engine.data.StringColumn;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded customer-like table of 20 columns for speed tests: 5 integers, 6 decimals, 2 booleans, 1 date, 4
 * categoricals, 1 free text and 1 identifier, with about 2% missing cells in every other column.
 */
public final class SyntheticData {
    private static final String[] REGIONS = {"North", "South", "East", "West", "Central", "Overseas"};
    private static final String[] PLANS = {"Basic", "Plus", "Premium", "Family", "Business"};

    private SyntheticData() {}

    public static Dataset generate(int rows, long seed) {
        Random rnd = new Random(seed);
        List<Column> cols = new ArrayList<>();
        for (int c = 0; c < 5; c++) {
            LongColumn.Builder b = LongColumn.builder("int_" + c, ColumnType.INTEGER, rows);
            int range = c == 0 ? 72 : c == 1 ? 5_000_000 : 1000;
            for (int r = 0; r < rows; r++) {
                if (c % 2 == 1 && rnd.nextInt(50) == 0) b.appendMissing(); else b.append(rnd.nextInt(range));
            }
            cols.add(b.build());
        }
        for (int c = 0; c < 6; c++) {
            DoubleColumn.Builder b = DoubleColumn.builder("dec_" + c, rows);
            for (int r = 0; r < rows; r++) {
                if (c % 2 == 0 && rnd.nextInt(50) == 0) b.appendMissing(); else b.append(50 + 20 * rnd.nextGaussian());
            }
            cols.add(b.build());
        }
        for (int c = 0; c < 2; c++) {
            LongColumn.Builder b = LongColumn.builder("bool_" + c, ColumnType.BOOLEAN, rows);
            for (int r = 0; r < rows; r++) b.append(rnd.nextInt(3) == 0 ? 1 : 0);
            cols.add(b.build());
        }
        LongColumn.Builder date = LongColumn.builder("signup", ColumnType.DATE, rows);
        for (int r = 0; r < rows; r++) date.append(18_000 + rnd.nextInt(1500));
        cols.add(date.build());
        for (int c = 0; c < 4; c++) {
            StringColumn.Builder b = StringColumn.builder("cat_" + c, ColumnType.CATEGORICAL, rows);
            String[] values = c % 2 == 0 ? REGIONS : PLANS;
            for (int r = 0; r < rows; r++) {
                if (c == 1 && rnd.nextInt(50) == 0) b.appendMissing(); else b.append(values[rnd.nextInt(values.length)]);
            }
            cols.add(b.build());
        }
        StringColumn.Builder text = StringColumn.builder("comment", ColumnType.TEXT, rows);
        for (int r = 0; r < rows; r++) text.append("comment " + rnd.nextInt(20_000));
        cols.add(text.build());
        StringColumn.Builder id = StringColumn.builder("customer_id", ColumnType.IDENTIFIER, rows);
        for (int r = 0; r < rows; r++) id.append("C" + (1_000_000 + r));
        cols.add(id.build());
        return new Dataset(cols);
    }
}
