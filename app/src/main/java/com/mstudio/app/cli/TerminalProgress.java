package com.mstudio.app.cli;

import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.engine.api.Progress;

import java.io.PrintStream;

/**
 * Shows a job's progress on one self-overwriting stderr line, only when a person is watching (a console), and at
 * most ten times a second, so that piped output and CI logs stay clean.
 */
final class TerminalProgress<R> implements JobListener<R> {
    private final PrintStream err;
    private final boolean enabled;
    private long lastNanos;
    private boolean drew;

    TerminalProgress(PrintStream err) {
        this.err = err;
        this.enabled = System.console() != null;
    }

    @Override
    public void onProgress(Progress p) {
        if (!enabled) return;
        long now = System.nanoTime();
        if (now - lastNanos < 100_000_000L) return;
        lastNanos = now;
        String pct = p.isIndeterminate() ? "" : String.format("%3.0f%% ", p.fraction() * 100);
        String eta = p.eta() == null ? "" : String.format("  (about %ds left)", Math.max(1, p.eta().toSeconds()));
        err.print("\r" + pct + p.message() + eta + "\u001b[K");
        drew = true;
    }

    @Override
    public void onFinished(JobOutcome<R> outcome) {
        if (drew) err.print("\r\u001b[K");
    }
}
