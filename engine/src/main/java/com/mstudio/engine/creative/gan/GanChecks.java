package com.mstudio.engine.creative.gan;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Arrays;

/** Argument checks shared by the GAN presets, worded for the developer who calls the seam wrongly. */
final class GanChecks {
    private GanChecks() {
    }

    static void requireLatents(INDArray latents, int latentSize) {
        if (latents == null || latents.rank() != 2 || latents.columns() != latentSize) {
            throw new IllegalArgumentException("latents must be [n, " + latentSize + "], got "
                    + (latents == null ? "null" : Arrays.toString(latents.shape())));
        }
    }

    /** The labels as {@code type}, or null for an unconditional model; a conditional one needs them, one row per latent. */
    static INDArray labels(INDArray labels, long rows, int classCount, DataType type) {
        if (classCount == 0) return null;
        if (labels == null) throw new IllegalArgumentException("this model is conditional: give one-hot labels [n, " + classCount + "]");
        if (labels.rows() != rows || labels.columns() != classCount) {
            throw new IllegalArgumentException("labels must be [" + rows + ", " + classCount + "], got "
                    + Arrays.toString(labels.shape()));
        }
        return labels.castTo(type);
    }
}
