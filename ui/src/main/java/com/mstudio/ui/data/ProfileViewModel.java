package com.mstudio.ui.data;

import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.engine.api.ProfileService;
import com.mstudio.engine.api.TableProfile;
import com.mstudio.ui.common.LatestJob;
import com.mstudio.ui.common.UiBridge;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The profile tab's cards. The engine's {@link ProfileService} computes them as a job (a million rows take a
 * moment), so the tab shows "Profiling…" meanwhile and the status bar can cancel it. A newer dataset supersedes
 * the old job.
 */
public final class ProfileViewModel {
    private final ProfileService profiles;
    private final UiBridge bridge;
    private final LatestJob job = new LatestJob();
    private final ObservableList<ColumnStats> columns = FXCollections.observableArrayList();
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty();
    private final SimpleStringProperty status = new SimpleStringProperty("");
    private java.util.Set<String> masked = java.util.Set.of();
    private java.util.Set<String> inClear = java.util.Set.of();

    public ProfileViewModel(ProfileService profiles, UiBridge bridge) {
        this.profiles = profiles;
        this.bridge = bridge;
    }

    public void load(DataTable table) {
        load(table, java.util.List.of(), java.util.Set.of());
    }

    /** As {@link #load(DataTable)}, remembering which columns are personal data (masked, or shown in clear). */
    public void load(DataTable table, java.util.List<String> masked, java.util.Set<String> inClear) {
        this.masked = java.util.Set.copyOf(masked);
        this.inClear = java.util.Set.copyOf(inClear);
        long gen = job.next();
        columns.clear();
        if (table == null) {
            busy.set(false);
            status.set("");
            return;
        }
        busy.set(true);
        status.set("Profiling " + table.columnCount() + " columns…");
        JobHandle<TableProfile> handle;
        try {
            handle = submit(table, gen);
        } catch (RuntimeException e) {
            // A service that refuses the table up front must not break the screen: the rows and report still work.
            busy.set(false);
            status.set("Could not profile the columns: " + e.getMessage());
            return;
        }
        job.started(gen, handle);
    }

    private JobHandle<TableProfile> submit(DataTable table, long gen) {
        return profiles.profile(table, bridge.source(), bridge.listener(new JobListener<TableProfile>() {
            @Override public void onFinished(JobOutcome<TableProfile> outcome) {
                if (!job.isCurrent(gen)) return;
                job.finished(gen);
                busy.set(false);
                if (outcome instanceof JobOutcome.Succeeded<TableProfile> s) {
                    columns.setAll(s.value().columns().stream().map(ColumnStats::from).toList());
                    status.set("");
                } else if (outcome instanceof JobOutcome.Failed<TableProfile> f) {
                    status.set("Could not profile the columns: " + f.message());
                } else {
                    status.set("Profiling was cancelled.");
                }
            }
        }));
    }

    public ObservableList<ColumnStats> columns() { return columns; }

    /** "masked", "in clear", or null for a column that is not personal data. */
    public String privacy(String column) {
        return !masked.contains(column) ? null : inClear.contains(column) ? "in clear" : "masked";
    }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    public ReadOnlyStringProperty statusProperty() { return status; }
}
