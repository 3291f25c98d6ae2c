package com.mstudio.engine.api;

/** What the importer does with a row that a cell of does not fit its column's type. */
public enum BadRowPolicy {
    /** Leave the row out and count it as rejected (default). */
    SKIP_ROW,
    /** Import the row with the offending cells set to missing; still listed in the report. */
    KEEP_AS_MISSING
}
