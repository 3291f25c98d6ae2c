package com.mstudio.ui.data;

import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.engine.api.JobRunner;
import com.mstudio.engine.api.Lane;
import com.mstudio.ui.common.LatestJob;
import com.mstudio.ui.common.UiBridge;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;

/**
 * The profile tab's cards. Stats are computed on the IO lane as a job (a million rows take a moment), so the tab
 * shows "Profiling…" meanwhile and the status bar can cancel it. A newer dataset supersedes the old job.
 * Ui-side stand-in: swap the computation for the engine's ProfileService when it is on main.
 */
public final class ProfileViewModel {
    private final JobRunner jobs;
    private final UiBridge bridge;
    private final LatestJob job = new LatestJob();
    private final ObservableList<ColumnStats> columns = FXCollections.observableArrayList();
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty();
    private final SimpleStringProperty status = new SimpleStringProperty("");

    public ProfileViewModel(JobRunner jobs, UiBridge bridge) {
        this.jobs = jobs;
        this.bridge = bridge;
    }

    public void load(DataTable table) {
        long gen = job.next();
        columns.clear();
        if (table == null) {
            busy.set(false);
            return;
        }
        busy.set(true);
        status.set("Profiling " + table.columnCount() + " columns…");
        var handle = jobs.submit("Profiling columns", Lane.IO, ctx -> {
            List<ColumnStats> out = new ArrayList<>();
            for (int c = 0; c < table.columnCount(); c++) {
                ctx.checkCancelled();
                ctx.progress(c / (double) table.columnCount(), "Profiling " + table.column(c).name());
                out.add(ColumnStatsCalculator.compute(table, c));
            }
            return List.copyOf(out);
        }, bridge.source(), bridge.listener(new JobListener<List<ColumnStats>>() {
            @Override public void onFinished(JobOutcome<List<ColumnStats>> outcome) {
                if (!job.isCurrent(gen)) return;
                job.finished(gen);
                busy.set(false);
                if (outcome instanceof JobOutcome.Succeeded<List<ColumnStats>> s) {
                    columns.setAll(s.value());
                    status.set("");
                } else if (outcome instanceof JobOutcome.Failed<List<ColumnStats>> f) {
                    status.set("Could not profile the columns: " + f.message());
                } else {
                    status.set("Profiling was cancelled.");
                }
            }
        }));
        job.started(gen, handle);
    }

    public ObservableList<ColumnStats> columns() { return columns; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    public ReadOnlyStringProperty statusProperty() { return status; }
}
