package com.mstudio.engine.copy;

import com.mstudio.engine.api.CopyModel;

/**
 * A copy model's network from the bytes kept in {@link CopyModel#networkZip()}: the hand-written attention network's
 * own format ({@link AttentionModel#toBytes}) or the baseline's DL4J model zip. Engine thread only.
 */
final class CopyNetworks {
    private CopyNetworks() {}

    /** @throws com.mstudio.engine.api.StudioException when the bytes are damaged or foreign */
    static CopyNetwork of(CopyModel model) {
        return model.kind() == CopyModel.Kind.ATTENTION
                ? AttentionModel.fromBytes(model.networkZip(), model.seed())
                : BaselineNetwork.fromBytes(model.networkZip());
    }
}
