package com.mstudio.ui.data;

/** Which panel the data screen shows. */
public enum DataScreen {
    /** Nothing chosen yet: open a file or a sample. */
    EMPTY,
    /** A file is being read for the preview, or its preview is shown for review. */
    PREVIEW,
    /** The full import runs. */
    IMPORTING,
    /** At start, the workspace's last dataset is being read. */
    REOPENING,
    /** A dataset is loaded: rows, profile, report. */
    IMPORTED,
    /** The last preview or import failed; the plain message is shown. */
    ERROR
}
