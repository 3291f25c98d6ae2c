package com.mstudio.ui.copy;

import com.mstudio.engine.api.CopyModel.Kind;
import com.mstudio.engine.api.CopyService;
import com.mstudio.engine.api.CopyTrainingResult;
import com.mstudio.ui.common.EpochCurves;

/** The live training curves of the copy models ("attention/loss/train" …); see {@link EpochCurves}. */
public final class CopyCurves extends EpochCurves<Kind> {
    CopyCurves() {
        super(Kind.values(), CopyService::series);
    }

    /** After training: the result's own curves, so the charts and the figures agree exactly. */
    void show(CopyTrainingResult result) {
        replacing();
        for (CopyTrainingResult.TrainedModel t : result.models()) {
            Kind k = t.model().kind();
            for (CopyTrainingResult.EpochPoint p : t.curve()) {
                epoch(k, p.epoch(), CopyService.SERIES_LOSS_TRAIN, p.trainLoss());
                epoch(k, p.epoch(), CopyService.SERIES_LOSS_VALIDATION, p.validationLoss());
                epoch(k, p.epoch(), CopyService.SERIES_ACCURACY_TRAIN, p.trainAccuracy());
                epoch(k, p.epoch(), CopyService.SERIES_ACCURACY_VALIDATION, p.validationAccuracy());
            }
        }
        replaced();
    }
}
