package com.mstudio.ui.copy;

import com.mstudio.engine.api.CopyModel.Kind;
import com.mstudio.engine.api.CopyService;
import com.mstudio.ui.propensity.charts.EpochCurveCharts;
import javafx.scene.paint.Color;

/**
 * Loss and accuracy per epoch for both copy models ({@link EpochCurveCharts}): self-attention in blue, the TF-IDF
 * baseline in orange (colour-blind safe).
 */
final class CopyCurveCharts {
    static final Color ATTENTION = Color.web("#0072B2"), BASELINE = Color.web("#E69F00");

    private CopyCurveCharts() {}

    static EpochCurveCharts<Kind> create(CopyCurves curves, String idPrefix) {
        return new EpochCurveCharts<>(curves, new EpochCurveCharts.Look<>(Kind.values(), CopyService::series,
                k -> k == Kind.ATTENTION ? ATTENTION : BASELINE, k -> k == Kind.ATTENTION ? "Attention" : "Baseline",
                idPrefix, "%.1f%%", 240),
                CopyService.SERIES_LOSS_TRAIN, CopyService.SERIES_LOSS_VALIDATION,
                CopyService.SERIES_ACCURACY_TRAIN, CopyService.SERIES_ACCURACY_VALIDATION);
    }
}
