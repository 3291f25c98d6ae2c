package com.mstudio.engine.data;

import com.mstudio.engine.api.ColumnType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CATEGORICAL, TEXT and IDENTIFIER values, dictionary-encoded: each row holds an int code into the list of distinct
 * strings (code -1 = missing). Repeated categories cost 4 bytes a row.
 */
public final class StringColumn implements Column {
    private final String name;
    private final ColumnType type;
    private final int[] codes;
    private final List<String> dictionary;
    private final int size;
    private final int missingCount;

    StringColumn(String name, ColumnType type, int[] codes, List<String> dictionary, int size) {
        if (!type.isString()) throw new IllegalArgumentException("StringColumn cannot hold " + type);
        this.name = name;
        this.type = type;
        this.codes = codes;
        this.dictionary = dictionary;
        this.size = size;
        int m = 0;
        for (int i = 0; i < size; i++) if (codes[i] < 0) m++;
        this.missingCount = m;
    }

    /**
     * Wraps dictionary codes (-1 = missing) and the distinct values without copying; the caller hands them over and
     * must not change them afterwards.
     */
    public static StringColumn of(String name, ColumnType type, int[] codes, List<String> dictionary) {
        return new StringColumn(name, type, codes, Collections.unmodifiableList(dictionary), codes.length);
    }

    public static Builder builder(String name, ColumnType type, int expectedRows) {
        return new Builder(name, type, expectedRows);
    }

    @Override public String name() { return name; }
    @Override public ColumnType type() { return type; }
    @Override public int size() { return size; }
    @Override public boolean isMissing(int row) { return codes[row] < 0; }
    @Override public int missingCount() { return missingCount; }

    /** Dictionary code of the row, -1 when missing. */
    public int code(int row) {
        return codes[row];
    }

    /** Distinct non-missing values, indexed by code. */
    public List<String> dictionary() {
        return dictionary;
    }

    @Override
    public String text(int row) {
        int c = codes[row];
        return c < 0 ? "" : dictionary.get(c);
    }

    @Override
    public double number(int row) {
        return Double.NaN;
    }

    @Override
    public Column renamed(String newName) {
        return new StringColumn(newName, type, codes, dictionary, size);
    }

    /** The same codes with another type (e.g. CATEGORICAL → TEXT when the user overrides it). */
    public StringColumn withType(ColumnType newType) {
        return new StringColumn(name, newType, codes, dictionary, size);
    }

    public static final class Builder {
        private final String name;
        private final ColumnType type;
        private int[] codes;
        private final Map<String, Integer> index = new HashMap<>();
        private final List<String> dictionary = new ArrayList<>();
        private int size;

        private Builder(String name, ColumnType type, int expectedRows) {
            this.name = name;
            this.type = type;
            this.codes = new int[Math.max(16, expectedRows)];
        }

        public void append(String value) {
            if (value == null) {
                appendMissing();
                return;
            }
            Integer code = index.get(value);
            if (code == null) {
                code = dictionary.size();
                dictionary.add(value);
                index.put(value, code);
            }
            ensure();
            codes[size++] = code;
        }

        public void appendMissing() {
            ensure();
            codes[size++] = -1;
        }

        public int size() {
            return size;
        }

        private void ensure() {
            if (size == codes.length) codes = Arrays.copyOf(codes, codes.length + (codes.length >> 1) + 16);
        }

        public StringColumn build() {
            int[] exact = codes.length == size ? codes : Arrays.copyOf(codes, size);
            return new StringColumn(name, type, exact, Collections.unmodifiableList(new ArrayList<>(dictionary)), size);
        }
    }

    /**
     * Wraps finished codes and dictionary without copying (code -1 = missing); the caller must not change the
     * array afterwards. Every code must index the dictionary.
     */
    public static StringColumn wrap(String name, ColumnType type, int[] codes, List<String> dictionary) {
        return new StringColumn(name, type, codes, List.copyOf(dictionary), codes.length);
    }
}
