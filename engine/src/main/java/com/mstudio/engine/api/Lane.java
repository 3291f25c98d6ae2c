package com.mstudio.engine.api;

/** Where a job runs. */
public enum Lane {
    /** The single engine thread that owns every ND4J/DL4J object. FIFO. */
    ENGINE,
    /** A small pool for file parsing and writing, so that a long import does not hold up model work. */
    IO
}
