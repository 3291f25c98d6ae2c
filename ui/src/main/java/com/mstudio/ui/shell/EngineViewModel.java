package com.mstudio.ui.shell;

import com.mstudio.engine.api.EngineDiagnostics;
import com.mstudio.engine.api.EngineDiagnostics.EngineInfo;
import com.mstudio.engine.api.EngineDiagnostics.ThreadingReport;
import com.mstudio.engine.api.EngineDiagnostics.ThreadingRun;
import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.engine.api.Progress;
import com.mstudio.ui.common.LatestJob;
import com.mstudio.ui.common.UiBridge;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Locale;

/**
 * The "Engine" dialog's state: how ND4J is set up in this process, and a measurement of the studio's threading
 * choice against ND4J's default, taken as a job on the engine thread (so the status bar shows it and can cancel it).
 * The measurement is taken in the running app on purpose: a bare benchmark can differ from what the app gets.
 */
public final class EngineViewModel {
    static final String LOADING = "ND4J loading…";
    static final String NOT_MEASURED = "Not measured yet on this machine.";
    private static final String NONE = "—";

    /** One line of the results table, already formatted. */
    public record Row(String setting, String threads, String secondsPerEpoch, String rowsPerSecond, String gflops) {}

    private final EngineDiagnostics diagnostics;
    private final UiBridge bridge;
    private final LatestJob measurement = new LatestJob();

    private final StringProperty setup = new SimpleStringProperty(LOADING);
    private final BooleanProperty ready = new SimpleBooleanProperty(false);
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<ThreadingReport> report = new SimpleObjectProperty<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    /** One wrapper for good: it listens to {@link #rows} weakly, so a wrapper per call could lose its listeners. */
    private final ObservableList<Row> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final StringProperty verdict = new SimpleStringProperty(NOT_MEASURED);

    public EngineViewModel(EngineDiagnostics diagnostics, UiBridge bridge) {
        this.diagnostics = diagnostics;
        this.bridge = bridge;
        refresh();
    }

    /**
     * Reads the engine's setup again; true once there is nothing more to wait for (ND4J ready, or it failed to load).
     * The API offers no "ready" event, so the dialog calls this while it shows "loading…" (a cheap field read, no job).
     */
    public boolean refresh() {
        EngineInfo info = diagnostics.info();
        if (info == null) {
            String problem = diagnostics.loadProblem();
            if (problem != null) {
                setup.set("ND4J could not start: " + problem);
                ready.set(false);
                return true;
            }
            setup.set(LOADING);
            ready.set(false);
            return false;
        }
        setup.set(describe(info));
        ready.set(true);
        // Before a measurement the table names the settings it will compare, with dashes: the dialog keeps its
        // size when the figures arrive, and the user sees what "Measure speed" is about to do.
        if (report.get() == null && rows.isEmpty()) {
            if (info.defaultThreads() != info.chosenThreads()) {
                rows.add(new Row("ND4J default", String.valueOf(info.defaultThreads()), NONE, NONE, NONE));
            }
            rows.add(new Row("Studio setting", String.valueOf(info.chosenThreads()), NONE, NONE, NONE));
        }
        return true;
    }

    static String describe(EngineInfo i) {
        return String.format(Locale.ROOT, "ND4J ready in %.1f s · %s · %s (ND4J default: %d)", i.loadSeconds(),
                plural(i.cores(), "core"), plural(i.chosenThreads(), "OpenMP thread"), i.defaultThreads());
    }

    /** Starts the measurement (a few seconds of training); does nothing while one runs. */
    public void measure() {
        if (running.get()) return;
        long gen = measurement.next();
        running.set(true);
        progress.set(-1);
        message.set("Starting…");
        JobHandle<ThreadingReport> h = diagnostics.measureThreading(bridge.source(),
                bridge.listener(measurement.listener(gen, this::progress, this::done)));
        measurement.started(gen, h);
    }

    /** Stops the measurement; a result shown before stays. */
    public void cancel() {
        if (!running.get()) return;
        measurement.cancel();
        cancelled();
    }

    private void progress(Progress p) {
        if (!ready.get()) refresh(); // the measurement runs on the engine thread, so ND4J is loaded by now
        progress.set(p.isIndeterminate() ? -1 : p.fraction());
        if (p.message() != null && !p.message().isBlank()) message.set(p.message());
    }

    private void done(JobOutcome<ThreadingReport> outcome) {
        if (outcome instanceof JobOutcome.Succeeded<ThreadingReport> s) {
            running.set(false);
            message.set("");
            show(s.value());
            refresh(); // the engine is certainly loaded now
        } else if (outcome instanceof JobOutcome.Failed<ThreadingReport> f) {
            running.set(false);
            message.set("The measurement failed. " + f.message());
        } else {
            cancelled();
        }
    }

    private void cancelled() {
        running.set(false);
        progress.set(-1);
        message.set("Measurement cancelled.");
    }

    private void show(ThreadingReport r) {
        report.set(r);
        java.util.List<Row> measured = new java.util.ArrayList<>();
        for (ThreadingRun run : r.runs()) {
            boolean ours = run.threads() == r.chosenThreads();
            measured.add(new Row(ours ? "Studio setting" : "ND4J default", String.valueOf(run.threads()),
                    String.format(Locale.ROOT, "%.2f s", run.secondsPerEpoch()),
                    String.format(Locale.ROOT, "%,.0f", run.rowsPerSecond()),
                    String.format(Locale.ROOT, "%.1f", run.gemmGflops())));
        }
        rows.setAll(measured); // one change, so the table is rebuilt once
        verdict.set(verdict(r));
    }

    /** The one sentence a marketer needs: is the studio's setting worth it here? */
    static String verdict(ThreadingReport r) {
        double s = r.speedup();
        if (Double.isNaN(s)) {
            return "The studio uses ND4J's default (" + plural(r.chosenThreads(), "thread")
                    + ") on this machine, so there is only one setting to measure.";
        }
        if (Math.abs(s - 1) < 0.05) {
            return "The studio's setting and ND4J's default train at about the same speed on this machine.";
        }
        return s > 1
                ? String.format(Locale.ROOT, "The studio's setting trains %.1f× faster than ND4J's default on this machine.", s)
                : String.format(Locale.ROOT, "ND4J's default trains %.1f× faster than the studio's setting on this machine.", 1 / s);
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    public ReadOnlyStringProperty setupProperty() { return setup; }
    public ReadOnlyBooleanProperty readyProperty() { return ready; }
    public ReadOnlyBooleanProperty runningProperty() { return running; }
    /** 0..1, or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() { return progress; }
    public ReadOnlyStringProperty messageProperty() { return message; }
    public ReadOnlyObjectProperty<ThreadingReport> reportProperty() { return report; }
    public ObservableList<Row> rows() { return readOnlyRows; }
    public ReadOnlyStringProperty verdictProperty() { return verdict; }
}
