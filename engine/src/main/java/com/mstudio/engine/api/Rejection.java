package com.mstudio.engine.api;

/**
 * A row, or a cell of it, that could not be read as the schema says.
 *
 * @param line   1-based physical line in the file where the record starts
 * @param column the column's name, or null when the whole row is at fault (e.g. ragged)
 * @param value  the offending text (shortened), or null
 * @param reason in plain words, e.g. "'12,5x' is not a decimal number"
 */
public record Rejection(long line, String column, String value, String reason) {}
