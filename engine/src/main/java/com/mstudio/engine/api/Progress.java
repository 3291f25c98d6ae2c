package com.mstudio.engine.api;

import java.time.Duration;

/**
 * A progress report.
 *
 * @param fraction 0..1, or negative when the amount of work is unknown
 * @param message  what is happening now, in plain words
 * @param eta      estimated time left, or null when it cannot be estimated yet
 */
public record Progress(double fraction, String message, Duration eta) {
    public boolean isIndeterminate() {
        return fraction < 0;
    }
}
