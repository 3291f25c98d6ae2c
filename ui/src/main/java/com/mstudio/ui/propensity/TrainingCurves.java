package com.mstudio.ui.propensity;

import com.mstudio.engine.api.PropensityModel.Kind;
import com.mstudio.engine.api.PropensityResult;
import com.mstudio.engine.api.PropensityService;
import com.mstudio.ui.common.EpochCurves;

/** The live training curves of the propensity models ("mlp/loss/train" …); see {@link EpochCurves}. */
public final class TrainingCurves extends EpochCurves<Kind> {
    TrainingCurves() {
        super(Kind.values(), PropensityService::series);
    }

    /** After training: the result's own curves (the same points), so the chart and the figures agree exactly. */
    void show(PropensityResult result) {
        replacing();
        for (PropensityResult.TrainedModel t : result.models()) {
            Kind k = t.model().kind();
            for (PropensityResult.EpochPoint p : t.curve()) {
                epoch(k, p.epoch(), PropensityService.SERIES_LOSS_TRAIN, p.trainLoss());
                epoch(k, p.epoch(), PropensityService.SERIES_LOSS_VALIDATION, p.validationLoss());
                epoch(k, p.epoch(), PropensityService.SERIES_ACCURACY_TRAIN, p.trainAccuracy());
                epoch(k, p.epoch(), PropensityService.SERIES_ACCURACY_VALIDATION, p.validationAccuracy());
            }
        }
        replaced();
    }
}
