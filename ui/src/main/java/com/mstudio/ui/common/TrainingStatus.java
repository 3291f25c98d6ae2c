package com.mstudio.ui.common;

import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.Progress;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;

/**
 * The status line of a screen that trains models (Propensity, Copy, Creatives): busy, the progress bar, what is being done, the
 * epoch line, the ETA, and Cancel's "stop after this epoch" state with the training job it asks. Cancel does not end
 * a training at once: the engine finishes the epoch and returns the best model so far, so "stopping" lasts until the
 * job ends and the progress messages meanwhile must not overwrite "Stopping…". UI thread only.
 */
public final class TrainingStatus {
    static final String STOPPING = "Stopping after this epoch and keeping the best one so far…";

    private final SimpleBooleanProperty busy = new SimpleBooleanProperty();
    private final SimpleBooleanProperty stopping = new SimpleBooleanProperty();
    private final SimpleDoubleProperty progress = new SimpleDoubleProperty(-1);
    private final SimpleStringProperty message = new SimpleStringProperty("");
    private final SimpleStringProperty epochText = new SimpleStringProperty("");
    private final SimpleStringProperty etaText = new SimpleStringProperty("");
    /** The running training job: Cancel asks it to stop after the epoch. Null while preparing (or reading a file). */
    private JobHandle<?> training;

    /** A run begins: busy, progress unknown, {@code firstStep} shown, no epoch or ETA yet. */
    public void start(String firstStep) {
        busy.set(true);
        stopping.set(false);
        progress.set(-1);
        message.set(firstStep);
        epochText.set("");
        etaText.set("");
        training = null;
    }

    /** The training job itself runs now, so Cancel can ask it to stop after the epoch. */
    public void training(JobHandle<?> handle) {
        training = handle;
    }

    /** A progress report: bar, ETA, and the job's own words unless it is already being stopped. */
    public void progress(Progress p) {
        progress.set(p.isIndeterminate() ? -1 : p.fraction());
        if (p.message() != null && !p.message().isBlank() && !stopping.get()) message.set(p.message());
        etaText.set(Formats.eta(p.eta()));
    }

    /** A step the screen takes itself ("Reading the test file …"). */
    public void step(String text) {
        message.set(text);
    }

    /** "Self-attention · 4 of 30 epochs done" (each screen words its own). */
    public void epoch(String text) {
        epochText.set(text);
    }

    /**
     * Cancel pressed: asks the training job to stop after this epoch and says so. False (and nothing changes) when no
     * training job runs yet, e.g. while a file is still being read: the caller then cancels that step itself.
     */
    public boolean requestStop() {
        return requestStop(STOPPING);
    }

    /** {@link #requestStop()} with the screen's own words for what a stop keeps ("the last finished epoch …"). */
    public boolean requestStop(String saying) {
        if (training == null) return false;
        stopping.set(true);
        message.set(saying);
        training.cancel();
        return true;
    }

    /** The run ended, in whatever way; says whether Cancel had been pressed (a cancel then reads as "stopped"). */
    public boolean finish() {
        boolean wasStopping = stopping.get();
        busy.set(false);
        stopping.set(false);
        etaText.set(""); // a time left means nothing once the run is over
        training = null;
        return wasStopping;
    }

    /**
     * The start of the notice after a cancelled run: a stop asked for after the first epoch returns the best model
     * (a success), so a cancelled outcome after a stop means no epoch had finished.
     */
    public static String cancelledNotice(boolean wasStopping) {
        return wasStopping ? "Stopped before the first epoch finished, so nothing was trained. " : "Cancelled. ";
    }

    public boolean isBusy() { return busy.get(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    /** Cancel was pressed; the best model so far is on its way. */
    public ReadOnlyBooleanProperty stoppingProperty() { return stopping; }
    /** 0..1, or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() { return progress; }
    public ReadOnlyStringProperty messageProperty() { return message; }
    public ReadOnlyStringProperty epochTextProperty() { return epochText; }
    /** "about 2 min left", or "". */
    public ReadOnlyStringProperty etaTextProperty() { return etaText; }
}
