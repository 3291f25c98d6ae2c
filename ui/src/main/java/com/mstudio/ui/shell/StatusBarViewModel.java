package com.mstudio.ui.shell;

import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.engine.api.JobRunner;
import com.mstudio.engine.api.JobState;
import com.mstudio.engine.api.Progress;
import com.mstudio.ui.common.Formats;
import com.mstudio.ui.common.UiBridge;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.ArrayList;
import java.util.List;

/**
 * The status bar's state: the job the user is looking at, its progress, message and ETA, "(+N more)" when others are
 * active too, and "Ready" when nothing runs. Every job submitted anywhere in the app shows here, because it observes
 * the runner's submissions rather than being told by each screen.
 *
 * <p>Which job: the newest one that is running (has reported progress, or is no longer queued). Jobs run on two lanes
 * at once (an import on the I/O lane while a profile runs on the engine thread), so the oldest active job is often not
 * the one the user just started and is watching; Cancel must stop the job whose progress is on screen. A queued job
 * never wins over a running one: it shows no progress yet, and cancelling it would leave the running one going.
 */
public final class StatusBarViewModel {
    static final String READY = "Ready";

    private final JobRunner jobs;
    private final UiBridge bridge;
    private final List<Tracked> active = new ArrayList<>();
    private Tracked shown;

    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty jobName = new SimpleStringProperty(READY);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty eta = new SimpleStringProperty("");
    private final StringProperty lastResult = new SimpleStringProperty("");

    public StatusBarViewModel(JobRunner jobs, UiBridge bridge) {
        this.jobs = jobs;
        this.bridge = bridge;
    }

    /** Starts observing; call once when the window is built. */
    public void start() {
        jobs.observeSubmissions(bridge.ui(), this::track);
    }

    private void track(JobHandle<?> handle) {
        if (handle.state().isFinal()) {
            // Done before the FX thread heard of it (a quick preview): only the last result line changes.
            lastResult.set(describe(handle.name(), handle.state()));
            refresh();
            return;
        }
        Tracked t = new Tracked(handle);
        active.add(t);
        handle.subscribe(bridge.source(), bridge.listener(new JobListener<Object>() {
            @Override public void onProgress(Progress p) {
                t.progress = p;
                refresh();
            }

            @Override public void onFinished(JobOutcome<Object> outcome) {
                active.remove(t);
                lastResult.set(describe(handle.name(), outcome.state()));
                refresh();
            }
        }));
        refresh();
    }

    private static String describe(String name, JobState state) {
        return switch (state) {
            case FAILED -> name + " failed";
            case CANCELLED -> name + " cancelled";
            default -> name + " done";
        };
    }

    private void refresh() {
        if (active.isEmpty()) {
            busy.set(false);
            shown = null;
            jobName.set(READY);
            progress.set(0);
            message.set(lastResult.get());
            eta.set("");
            return;
        }
        Tracked t = pick();
        shown = t;
        busy.set(true);
        String more = active.size() > 1 ? "  (+" + (active.size() - 1) + " more)" : "";
        jobName.set(t.handle.name() + more);
        Progress p = t.progress;
        progress.set(p == null ? -1 : p.isIndeterminate() ? -1 : Math.min(1, p.fraction()));
        message.set(p == null || p.message() == null ? "Starting…" : p.message());
        eta.set(p == null ? "" : Formats.eta(p.eta()));
    }

    /** The newest running job; while every job is still queued, the oldest (the next to run). */
    private Tracked pick() {
        for (int i = active.size() - 1; i >= 0; i--) {
            Tracked t = active.get(i);
            if (t.progress != null || t.handle.state() == JobState.RUNNING) return t;
        }
        return active.get(0);
    }

    /** Cancels the job the bar shows, and only that one. */
    public void cancelCurrent() {
        if (shown != null) shown.handle.cancel();
    }

    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    public ReadOnlyStringProperty jobNameProperty() { return jobName; }
    /** 0..1, or -1 while the amount of work is unknown (an indeterminate bar). */
    public ReadOnlyDoubleProperty progressProperty() { return progress; }
    public ReadOnlyStringProperty messageProperty() { return message; }
    public ReadOnlyStringProperty etaProperty() { return eta; }

    private static final class Tracked {
        final JobHandle<?> handle;
        Progress progress;

        Tracked(JobHandle<?> handle) {
            this.handle = handle;
        }
    }
}
