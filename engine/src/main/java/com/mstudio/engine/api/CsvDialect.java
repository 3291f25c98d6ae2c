package com.mstudio.engine.api;

/**
 * How a CSV file is written, as detected (or as the user overrode it).
 *
 * @param encoding     Java charset name, e.g. "UTF-8", "UTF-16LE", "GB18030", "windows-1252"
 * @param bom          whether the file starts with a byte-order mark
 * @param delimiter    ',', ';', '\t' or '|'
 * @param quote        usually '"'; '\0' when the file uses no quoting
 * @param hasHeader    whether the first record names the columns
 * @param decimalComma whether decimals are written 3,14 (then the delimiter is never ',')
 */
public record CsvDialect(String encoding, boolean bom, char delimiter, char quote, boolean hasHeader, boolean decimalComma) {
    /** The delimiter as a person reads it: "comma", "semicolon", "tab", "pipe". */
    public String delimiterName() {
        return switch (delimiter) {
            case ',' -> "comma";
            case ';' -> "semicolon";
            case '\t' -> "tab";
            case '|' -> "pipe";
            default -> "'" + delimiter + "'";
        };
    }
}
