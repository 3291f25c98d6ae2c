package com.mstudio.engine.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The user's overrides for an import. Every null field means "detect it". Immutable: the {@code with...} methods
 * return a copy, so a view model can keep the previous options while the user edits.
 *
 * @param encoding      charset name, or null
 * @param delimiter     delimiter, or null
 * @param quote         quote character, or null
 * @param hasHeader     header row present, or null
 * @param decimalComma  decimal comma, or null
 * @param columnTypes   per-column type overrides by column name (after header cleaning)
 * @param badRowPolicy  what to do with rows that don't fit the schema
 */
public record ImportOptions(String encoding, Character delimiter, Character quote, Boolean hasHeader,
                            Boolean decimalComma, Map<String, ColumnType> columnTypes, BadRowPolicy badRowPolicy) {

    public ImportOptions {
        columnTypes = Map.copyOf(columnTypes == null ? Map.of() : columnTypes);
        badRowPolicy = badRowPolicy == null ? BadRowPolicy.SKIP_ROW : badRowPolicy;
    }

    public static ImportOptions detectAll() {
        return new ImportOptions(null, null, null, null, null, Map.of(), BadRowPolicy.SKIP_ROW);
    }

    public ImportOptions withEncoding(String e) {
        return new ImportOptions(e, delimiter, quote, hasHeader, decimalComma, columnTypes, badRowPolicy);
    }

    public ImportOptions withDelimiter(Character d) {
        return new ImportOptions(encoding, d, quote, hasHeader, decimalComma, columnTypes, badRowPolicy);
    }

    public ImportOptions withQuote(Character q) {
        return new ImportOptions(encoding, delimiter, q, hasHeader, decimalComma, columnTypes, badRowPolicy);
    }

    public ImportOptions withHeader(Boolean h) {
        return new ImportOptions(encoding, delimiter, quote, h, decimalComma, columnTypes, badRowPolicy);
    }

    public ImportOptions withDecimalComma(Boolean dc) {
        return new ImportOptions(encoding, delimiter, quote, hasHeader, dc, columnTypes, badRowPolicy);
    }

    public ImportOptions withColumnType(String column, ColumnType type) {
        Map<String, ColumnType> m = new LinkedHashMap<>(columnTypes);
        if (type == null) m.remove(column); else m.put(column, type);
        return new ImportOptions(encoding, delimiter, quote, hasHeader, decimalComma, m, badRowPolicy);
    }

    public ImportOptions withBadRowPolicy(BadRowPolicy p) {
        return new ImportOptions(encoding, delimiter, quote, hasHeader, decimalComma, columnTypes, p);
    }
}
