package com.mstudio.engine.data;

import com.mstudio.engine.api.ColumnType;

import java.util.Arrays;
import java.util.BitSet;

/** DECIMAL values in a double[], with missing cells in a bit set. */
public final class DoubleColumn implements Column {
    private final String name;
    private final double[] values;
    private final BitSet missing;
    private final int size;
    private final int missingCount;

    DoubleColumn(String name, double[] values, BitSet missing, int size) {
        this.name = name;
        this.values = values;
        this.missing = missing;
        this.size = size;
        this.missingCount = missing.cardinality();
    }

    /** Wraps filled arrays without copying; the caller hands them over and must not change them afterwards. */
    public static DoubleColumn of(String name, double[] values, BitSet missing) {
        return new DoubleColumn(name, values, missing, values.length);
    }

    public static Builder builder(String name, int expectedRows) {
        return new Builder(name, expectedRows);
    }

    @Override public String name() { return name; }
    @Override public ColumnType type() { return ColumnType.DECIMAL; }
    @Override public int size() { return size; }
    @Override public boolean isMissing(int row) { return missing.get(row); }
    @Override public int missingCount() { return missingCount; }

    public double get(int row) {
        return values[row];
    }

    @Override
    public String text(int row) {
        if (missing.get(row)) return "";
        double v = values[row];
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v) + ".0";
        return Double.toString(v);
    }

    @Override
    public double number(int row) {
        return missing.get(row) ? Double.NaN : values[row];
    }

    @Override
    public Column renamed(String newName) {
        return new DoubleColumn(newName, values, missing, size);
    }

    public static final class Builder {
        private final String name;
        private double[] values;
        private final BitSet missing = new BitSet();
        private int size;

        private Builder(String name, int expectedRows) {
            this.name = name;
            this.values = new double[Math.max(16, expectedRows)];
        }

        public void append(double value) {
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

        public DoubleColumn build() {
            double[] exact = values.length == size ? values : Arrays.copyOf(values, size);
            return new DoubleColumn(name, exact, (BitSet) missing.clone(), size);
        }
    }

    /** Wraps finished arrays without copying; the caller must not change them afterwards. */
    public static DoubleColumn wrap(String name, double[] values, BitSet missing) {
        return new DoubleColumn(name, values, missing, values.length);
    }
}
