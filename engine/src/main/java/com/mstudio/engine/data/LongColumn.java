package com.mstudio.engine.data;

import com.mstudio.engine.api.ColumnType;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.BitSet;

/**
 * INTEGER, BOOLEAN (0/1), DATE (epoch day) and DATETIME (epoch second, UTC wall clock) values in a long[],
 * with missing cells in a bit set.
 */
public final class LongColumn implements Column {
    private final String name;
    private final ColumnType type;
    private final long[] values;
    private final BitSet missing;
    private final int size;
    private final int missingCount;
    /** For BOOLEAN: how the file wrote false and true ("No"/"Yes", "0"/"1"), so the table shows what the user knows. */
    private final String[] booleanLabels;

    LongColumn(String name, ColumnType type, long[] values, BitSet missing, int size) {
        this(name, type, values, missing, size, null);
    }

    private LongColumn(String name, ColumnType type, long[] values, BitSet missing, int size, String[] booleanLabels) {
        if (type != ColumnType.INTEGER && type != ColumnType.BOOLEAN && !type.isTemporal()) {
            throw new IllegalArgumentException("LongColumn cannot hold " + type);
        }
        this.name = name;
        this.type = type;
        this.values = values;
        this.missing = missing;
        this.size = size;
        this.missingCount = missing.cardinality();
        this.booleanLabels = booleanLabels;
    }

    /**
     * The same BOOLEAN column shown with these words for false and true (null keeps "false"/"true"). The values do not
     * change: models still see 0 and 1.
     */
    public LongColumn withBooleanLabels(String falseLabel, String trueLabel) {
        if (type != ColumnType.BOOLEAN) throw new IllegalStateException(name + " is not a boolean column");
        String[] labels = falseLabel == null || trueLabel == null ? null : new String[] {falseLabel, trueLabel};
        return new LongColumn(name, type, values, missing, size, labels);
    }

    /** {false label, true label}, or null when the column shows "false"/"true". */
    public String[] booleanLabels() {
        return booleanLabels == null ? null : booleanLabels.clone();
    }

    /**
     * Wraps filled arrays without copying (the importer sizes them exactly from its first pass). The caller hands
     * them over and must not change them afterwards.
     */
    public static LongColumn of(String name, ColumnType type, long[] values, BitSet missing) {
        return new LongColumn(name, type, values, missing, values.length);
    }

    public static Builder builder(String name, ColumnType type, int expectedRows) {
        return new Builder(name, type, expectedRows);
    }

    @Override public String name() { return name; }
    @Override public ColumnType type() { return type; }
    @Override public int size() { return size; }
    @Override public boolean isMissing(int row) { return missing.get(row); }
    @Override public int missingCount() { return missingCount; }

    /** The raw stored value; meaningless when {@link #isMissing}. */
    public long get(int row) {
        return values[row];
    }

    @Override
    public String text(int row) {
        if (missing.get(row)) return "";
        long v = values[row];
        return switch (type) {
            case BOOLEAN -> booleanLabels != null ? booleanLabels[v != 0 ? 1 : 0] : v != 0 ? "true" : "false";
            case DATE -> LocalDate.ofEpochDay(v).toString();
            case DATETIME -> LocalDateTime.ofEpochSecond(v, 0, ZoneOffset.UTC).toString();
            default -> Long.toString(v);
        };
    }

    @Override
    public double number(int row) {
        return missing.get(row) ? Double.NaN : values[row];
    }

    @Override
    public Column renamed(String newName) {
        return new LongColumn(newName, type, values, missing, size, booleanLabels);
    }

    /** Appends values row by row; not thread-safe, used by one importer thread. */
    public static final class Builder {
        private final String name;
        private final ColumnType type;
        private long[] values;
        private final BitSet missing = new BitSet();
        private int size;

        private Builder(String name, ColumnType type, int expectedRows) {
            this.name = name;
            this.type = type;
            this.values = new long[Math.max(16, expectedRows)];
        }

        public void append(long value) {
            ensure();
            values[size++] = value;
        }

        public void appendMissing() {
            ensure();
            missing.set(size++);
        }

        public int size() {
            return size;
        }

        private void ensure() {
            if (size == values.length) values = Arrays.copyOf(values, values.length + (values.length >> 1) + 16);
        }

        public LongColumn build() {
            long[] exact = values.length == size ? values : Arrays.copyOf(values, size);
            return new LongColumn(name, type, exact, (BitSet) missing.clone(), size);
        }
    }

    /**
     * Wraps finished arrays without copying (the file reader and transforms build whole columns at once).
     * The caller hands over ownership: neither array may be changed afterwards.
     */
    public static LongColumn wrap(String name, ColumnType type, long[] values, BitSet missing) {
        return new LongColumn(name, type, values, missing, values.length);
    }
}
