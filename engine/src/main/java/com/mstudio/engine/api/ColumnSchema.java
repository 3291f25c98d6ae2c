package com.mstudio.engine.api;

/**
 * One column as the importer will read it.
 *
 * @param name         the column's name after cleaning (blank and duplicate headers are renamed)
 * @param headerText   the header cell exactly as in the file ("" when blank or when there is no header)
 * @param type         detected type, or the user's override
 * @param detectedType what detection said, so the UI can show "overridden"
 * @param format       for dates/date-times the pattern used (e.g. "dd/MM/yyyy"); otherwise null
 */
public record ColumnSchema(String name, String headerText, ColumnType type, ColumnType detectedType, String format) {
    public boolean isOverridden() {
        return type != detectedType;
    }
}
