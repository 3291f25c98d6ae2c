package com.mstudio.ui.copy;

import com.mstudio.engine.api.CopyModel.Kind;
import com.mstudio.ui.common.TrainingCard;
import com.mstudio.ui.propensity.charts.EpochCurveCharts;

/**
 * While training runs: the live loss and accuracy curves, "Self-attention · epoch 4 of 30", the progress, the ETA and
 * Cancel (which keeps the best epoch so far); see {@link TrainingCard}.
 */
final class CopyTrainingPanel extends TrainingCard {
    private final EpochCurveCharts<Kind> curves;

    CopyTrainingPanel(CopyViewModel vm) {
        this(vm, CopyCurveCharts.create(vm.curves(), "copy-live"));
    }

    private CopyTrainingPanel(CopyViewModel vm, EpochCurveCharts<Kind> curves) {
        super("copy-", new Live(vm.epochTextProperty(), vm.etaTextProperty(), vm.stoppingProperty(), vm.progressProperty(),
                vm.progressMessageProperty(), vm::cancel), curves, true);
        this.curves = curves;
    }

    EpochCurveCharts<Kind> curves() { return curves; }
}
