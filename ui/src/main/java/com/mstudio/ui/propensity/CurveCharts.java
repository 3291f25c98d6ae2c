package com.mstudio.ui.propensity;

import com.mstudio.engine.api.PropensityModel.Kind;
import com.mstudio.engine.api.PropensityService;
import com.mstudio.ui.propensity.charts.EpochCurveCharts;
import javafx.scene.paint.Color;

/**
 * Loss and accuracy per epoch for both propensity models ({@link EpochCurveCharts}): the MLP in blue, logistic
 * regression in orange.
 */
final class CurveCharts {
    static final Color MLP = Color.web("#0072B2"), LOGISTIC = Color.web("#E69F00");

    private CurveCharts() {}

    static EpochCurveCharts<Kind> create(TrainingCurves curves) {
        return new EpochCurveCharts<>(curves, new EpochCurveCharts.Look<>(Kind.values(), PropensityService::series,
                CurveCharts::colour, k -> k == Kind.MLP ? "MLP" : "Logistic", "chart", "%.0f%%", 260),
                PropensityService.SERIES_LOSS_TRAIN, PropensityService.SERIES_LOSS_VALIDATION,
                PropensityService.SERIES_ACCURACY_TRAIN, PropensityService.SERIES_ACCURACY_VALIDATION);
    }

    static Color colour(Kind k) {
        return k == Kind.MLP ? MLP : LOGISTIC;
    }
}
