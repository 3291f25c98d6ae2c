package com.mstudio.engine.api;

/** The types the importer infers for a column. Every one can be overridden by the user. */
public enum ColumnType {
    INTEGER,
    DECIMAL,
    BOOLEAN,
    DATE,
    DATETIME,
    /** Few distinct values that repeat (contract, region, plan). */
    CATEGORICAL,
    /** Free text: many distinct values, longer strings. */
    TEXT,
    /** Unique or near-unique keys (customer id, order number): never used as a model feature. */
    IDENTIFIER;

    public boolean isNumeric() {
        return this == INTEGER || this == DECIMAL;
    }

    public boolean isTemporal() {
        return this == DATE || this == DATETIME;
    }

    /** Types stored as strings in a dictionary. */
    public boolean isString() {
        return this == CATEGORICAL || this == TEXT || this == IDENTIFIER;
    }
}
