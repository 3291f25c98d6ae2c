package com.mstudio.engine.api;

/** Thrown by {@link JobContext#checkCancelled()}; the engine turns it into a cancelled outcome, not a failure. */
public class JobCancelledException extends RuntimeException {
    public JobCancelledException() {
        super("Cancelled", null, false, false);
    }
}
