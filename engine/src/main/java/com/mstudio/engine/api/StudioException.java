package com.mstudio.engine.api;

import java.nio.file.Path;

/**
 * A failure the user can act on, worded for a person (never a stack trace). Where the problem has a place in a file,
 * the file, 1-based line and column are attached and included in {@link #getMessage()}.
 */
public class StudioException extends RuntimeException {
    private final Path file;
    private final long line;
    private final String column;

    public StudioException(String message) {
        this(message, null, -1, null, null);
    }

    public StudioException(String message, Throwable cause) {
        this(message, null, -1, null, cause);
    }

    public StudioException(String message, Path file, long line, String column) {
        this(message, file, line, column, null);
    }

    public StudioException(String message, Path file, long line, String column, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    /** The plain message without the location. */
    public String reason() {
        return super.getMessage();
    }

    public Path file() {
        return file;
    }

    /** 1-based line number, or -1 when the problem has no line. */
    public long line() {
        return line;
    }

    /** Column name or 1-based number as text, or null. */
    public String column() {
        return column;
    }

    @Override
    public String getMessage() {
        StringBuilder where = new StringBuilder();
        if (file != null) where.append(file.getFileName());
        if (line > 0) where.append(where.length() > 0 ? ", " : "").append("line ").append(line);
        if (column != null) where.append(where.length() > 0 ? ", " : "").append("column ").append(column);
        return where.length() == 0 ? reason() : where + ": " + reason();
    }
}
