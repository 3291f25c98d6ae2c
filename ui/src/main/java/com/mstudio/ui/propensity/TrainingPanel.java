package com.mstudio.ui.propensity;

import com.mstudio.engine.api.PropensityModel.Kind;
import com.mstudio.ui.common.TrainingCard;
import com.mstudio.ui.propensity.charts.EpochCurveCharts;

/**
 * While training runs: the live loss and accuracy curves, "Neural network (MLP) · epoch 12 of 100", the progress, the
 * ETA and Cancel (which keeps the best epoch so far); see {@link TrainingCard}.
 */
final class TrainingPanel extends TrainingCard {
    private final EpochCurveCharts<Kind> curves;

    TrainingPanel(PropensityViewModel vm) {
        this(vm, CurveCharts.create(vm.curves()));
    }

    private TrainingPanel(PropensityViewModel vm, EpochCurveCharts<Kind> curves) {
        super("", new Live(vm.epochTextProperty(), vm.etaTextProperty(), vm.stoppingProperty(), vm.progressProperty(),
                vm.progressMessageProperty(), vm::cancel), curves, false);
        this.curves = curves;
    }

    EpochCurveCharts<Kind> curves() { return curves; }
}
