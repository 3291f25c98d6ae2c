package com.mstudio.ui.common;

import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.JobOutcome;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;

import java.util.function.Function;

/**
 * The state an {@link ExportLine} shows for one export the engine writes as a job: running, progress, then one line
 * naming what was written, the plain failure, or the cancel. Screens extend it and only say what to write and how to
 * word success. UI thread only.
 */
public abstract class EngineExport implements ExportStatus {
    private static final String CANCELLED = "Export cancelled; nothing was written.";

    private final UiBridge bridge;
    private final LatestJob job = new LatestJob();
    private final SimpleBooleanProperty running = new SimpleBooleanProperty();
    private final SimpleBooleanProperty failed = new SimpleBooleanProperty();
    private final SimpleDoubleProperty progress = new SimpleDoubleProperty(-1);
    private final SimpleStringProperty message = new SimpleStringProperty("");

    protected EngineExport(UiBridge bridge) {
        this.bridge = bridge;
    }

    /** Whether an export runs now (a new one is then ignored). */
    protected final boolean busy() {
        return job.isActive();
    }

    /**
     * Starts {@code write} as the current export, showing {@code writing} until it ends; success is worded by
     * {@code wrote}.
     */
    protected final <R> void run(String writing, Function<JobListener<R>, JobHandle<R>> write, Function<R, String> wrote) {
        long gen = job.next();
        running.set(true);
        failed.set(false);
        progress.set(-1);
        message.set(writing);
        JobHandle<R> h = write.apply(bridge.listener(job.<R>listener(gen,
                p -> progress.set(p.isIndeterminate() ? -1 : p.fraction()), o -> {
                    running.set(false);
                    if (o instanceof JobOutcome.Succeeded<R> s) {
                        message.set(wrote.apply(s.value()));
                    } else if (o instanceof JobOutcome.Failed<R> f) {
                        failed.set(true);
                        message.set("The export failed: " + f.message());
                    } else {
                        message.set(CANCELLED);
                    }
                })));
        job.started(gen, h);
    }

    /** Shows a line for work done outside a job (e.g. charts saved as PNG): a success, or a failure when {@code failure}. */
    protected final void say(String line, boolean failure) {
        failed.set(failure);
        message.set(line);
    }

    protected final UiBridge bridge() {
        return bridge;
    }

    @Override
    public void cancel() {
        if (!job.isActive()) return;
        job.cancel();
        running.set(false);
        message.set(CANCELLED);
    }

    @Override
    public void clearMessage() {
        if (running.get()) return;
        message.set("");
        failed.set(false);
    }

    @Override public ReadOnlyBooleanProperty runningProperty() { return running; }
    @Override public ReadOnlyBooleanProperty failedProperty() { return failed; }
    @Override public ReadOnlyDoubleProperty progressProperty() { return progress; }
    /** What was written, the plain failure, or "". */
    @Override public ReadOnlyStringProperty messageProperty() { return message; }
}
