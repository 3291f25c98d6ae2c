package com.mstudio.engine.runtime;

import com.mstudio.engine.api.JobContext;

/**
 * Maps a sub-range of a job's progress (e.g. 0.2..0.6) so that steps can report 0..1 of their own work without
 * knowing where they sit in the whole job.
 */
public final class ProgressSpan {
    private final JobContext ctx;
    private final double from;
    private final double to;

    public ProgressSpan(JobContext ctx, double from, double to) {
        if (ctx == null) throw new IllegalArgumentException("a job context is required");
        if (!(from <= to)) throw new IllegalArgumentException("progress span " + from + ".." + to + " is reversed");
        this.ctx = ctx;
        this.from = from;
        this.to = to;
    }

    /** {@code fraction} is of this span's own work, 0..1 (clamped). */
    public void report(double fraction, String message) {
        ctx.progress(at(fraction), message);
    }

    /** Throws {@link com.mstudio.engine.api.JobCancelledException} when the user asked to cancel. */
    public void checkCancelled() {
        ctx.checkCancelled();
    }

    /** A nested span; {@code from} and {@code to} are fractions of this span. */
    public ProgressSpan sub(double from, double to) {
        return new ProgressSpan(ctx, at(from), at(to));
    }

    private double at(double fraction) {
        double f = Double.isNaN(fraction) ? 0 : Math.max(0, Math.min(1, fraction));
        return from + f * (to - from);
    }
}
