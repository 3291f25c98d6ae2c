package com.mstudio.engine.runtime;

import com.mstudio.engine.api.JobContext;

/**
 * Maps a sub-range of a job's progress (e.g. 0.2..0.6) so that steps can report 0..1 of their own work without
 * knowing where they sit in the whole job. A {@linkplain #titled titled} span also says where its step sits in words:
 * its messages read "title · message" ("Trying k = 5 (4 of 9) · iteration 3 · 31,763 rows changed segment").
 */
public final class ProgressSpan {
    private final JobContext ctx;
    private final double from;
    private final double to;
    private final String title;

    public ProgressSpan(JobContext ctx, double from, double to) {
        this(ctx, from, to, "");
    }

    private ProgressSpan(JobContext ctx, double from, double to, String title) {
        if (ctx == null) throw new IllegalArgumentException("a job context is required");
        if (!(from <= to)) throw new IllegalArgumentException("progress span " + from + ".." + to + " is reversed");
        this.ctx = ctx;
        this.from = from;
        this.to = to;
        this.title = title;
    }

    /**
     * {@code fraction} is of this span's own work, 0..1 (clamped). In a titled span the message follows the title
     * ("title · message"); a null or blank message shows the title alone.
     */
    public void report(double fraction, String message) {
        ctx.progress(at(fraction), wording(message));
    }

    /**
     * The same range, with messages that begin with {@code title} (after this span's own title, if any): a step that
     * repeats (one k of an auto-k scan) says which one it is while the code it calls reports its own details.
     */
    public ProgressSpan titled(String title) {
        if (title == null || title.isBlank()) return this;
        return new ProgressSpan(ctx, from, to, this.title.isEmpty() ? title : this.title + " · " + title);
    }

    private String wording(String message) {
        if (title.isEmpty()) return message;
        return message == null || message.isBlank() ? title : title + " · " + message;
    }

    /** Throws {@link com.mstudio.engine.api.JobCancelledException} when the user asked to cancel. */
    public void checkCancelled() {
        ctx.checkCancelled();
    }

    /** A nested span; {@code from} and {@code to} are fractions of this span. */
    public ProgressSpan sub(double from, double to) {
        return new ProgressSpan(ctx, at(from), at(to), title);
    }

    private double at(double fraction) {
        double f = Double.isNaN(fraction) ? 0 : Math.max(0, Math.min(1, fraction));
        return from + f * (to - from);
    }
}
