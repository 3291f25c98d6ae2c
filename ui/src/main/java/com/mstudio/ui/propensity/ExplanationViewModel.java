package com.mstudio.ui.propensity;

import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.engine.api.PropensityModel;
import com.mstudio.engine.api.PropensityService;
import com.mstudio.engine.api.PropensityService.Explanation;
import com.mstudio.ui.common.LatestJob;
import com.mstudio.ui.common.UiBridge;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;

/**
 * "Why this customer?": the explanation of one row's score as an engine job. Picking another customer while one is
 * being explained cancels it (latest wins); a failure keeps the explanation on screen and says why.
 */
public final class ExplanationViewModel {
    private final PropensityService service;
    private final UiBridge bridge;
    private final LatestJob job = new LatestJob();
    private final SimpleIntegerProperty row = new SimpleIntegerProperty(-1);
    private final SimpleObjectProperty<Explanation> explanation = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<PropensityModel> model = new SimpleObjectProperty<>();
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty();
    private final SimpleStringProperty error = new SimpleStringProperty("");

    ExplanationViewModel(PropensityService service, UiBridge bridge) {
        this.service = service;
        this.bridge = bridge;
    }

    /** Explains {@code row} (a row of {@code table}, 0-based) with {@code m}. */
    public void explain(PropensityModel m, DataTable table, int row) {
        if (m == null || table == null) return;
        if (row < 0 || row >= table.rowCount()) {
            error.set("There is no customer at row " + (row + 1) + "; pick a row from 1 to " + table.rowCount() + ".");
            return;
        }
        error.set("");
        long gen = job.next();
        busy.set(true);
        this.row.set(row);
        JobHandle<Explanation> h = service.explain(m, table, row, bridge.source(), bridge.listener(job.listener(gen, p -> {}, o -> {
            busy.set(false);
            if (o instanceof JobOutcome.Succeeded<Explanation> s) {
                model.set(m);
                explanation.set(s.value());
            } else if (o instanceof JobOutcome.Failed<Explanation> f) {
                error.set("This customer could not be explained. " + f.message());
            }
        })));
        job.started(gen, h);
    }

    /** Forgets the explanation (a new dataset or a new training run). */
    void clear() {
        job.cancel();
        busy.set(false);
        row.set(-1);
        explanation.set(null);
        model.set(null);
        error.set("");
    }

    /** The explained row (0-based), or -1. */
    public ReadOnlyIntegerProperty rowProperty() { return row; }
    public ReadOnlyObjectProperty<Explanation> explanationProperty() { return explanation; }
    /** The model that gave the explanation on screen. */
    public ReadOnlyObjectProperty<PropensityModel> modelProperty() { return model; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    public ReadOnlyStringProperty errorProperty() { return error; }
}
