package com.mstudio.engine.creative.gan;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Every array one classic-GAN step writes, allocated once per batch size. The discriminator sees real and fake images as
 * one batch of 2b rows (real on top, fake below), so its forward and backward pass are one matrix product each.
 */
final class ClassicGanScratch {
    final int batch;
    final INDArray z;
    final INDArray gPre1;
    final INDArray gAct1;
    final INDArray gPre2;
    final INDArray xAll;
    final INDArray real;
    final INDArray fake;
    final INDArray yAll;
    final INDArray yReal;
    final INDArray yFake;
    final INDArray sign;
    final INDArray target;
    final INDArray dPre1;
    final INDArray dAct1;
    final INDArray dLogit;
    final INDArray dEmbedded;
    final INDArray fEmbedded;
    final INDArray dTmp;
    final INDArray dDelta;
    final INDArray dGrad1;
    final INDArray fPre1;
    final INDArray fAct1;
    final INDArray fLogit;
    final INDArray fTmp;
    final INDArray fDelta;
    final INDArray fGrad1;
    final INDArray fakeGrad;
    final INDArray gGrad2;
    final INDArray gGrad1;

    ClassicGanScratch(int b, int latent, int classes, int pixels, int hidden, DataType type) {
        batch = b;
        z = Nd4j.create(type, b, latent);
        gPre1 = Nd4j.create(type, b, hidden);
        gAct1 = Nd4j.create(type, b, hidden);
        gPre2 = Nd4j.create(type, b, pixels);
        xAll = Nd4j.create(type, 2L * b, pixels);
        real = top(xAll, b);
        fake = bottom(xAll, b);
        if (classes > 0) {
            yAll = Nd4j.create(type, 2L * b, classes);
            yReal = top(yAll, b);
            yFake = bottom(yAll, b);
        } else {
            yAll = null;
            yReal = null;
            yFake = null;
        }
        // The label embeddings y·V of D's projection term (see LabelProjection), kept for the backward pass.
        dEmbedded = classes > 0 ? Nd4j.create(type, 2L * b, hidden) : null;
        fEmbedded = classes > 0 ? Nd4j.create(type, b, hidden) : null;
        sign = Nd4j.create(type, 2L * b, 1);
        top(sign, b).assign(-1);
        bottom(sign, b).assign(1);
        target = Nd4j.create(type, 2L * b, 1);
        top(target, b).assign(1);
        dPre1 = Nd4j.create(type, 2L * b, hidden);
        dAct1 = Nd4j.create(type, 2L * b, hidden);
        dLogit = Nd4j.create(type, 2L * b, 1);
        dTmp = Nd4j.create(type, 2L * b, 1);
        dDelta = Nd4j.create(type, 2L * b, 1);
        dGrad1 = Nd4j.create(type, 2L * b, hidden);
        fPre1 = Nd4j.create(type, b, hidden);
        fAct1 = Nd4j.create(type, b, hidden);
        fLogit = Nd4j.create(type, b, 1);
        fTmp = Nd4j.create(type, b, 1);
        fDelta = Nd4j.create(type, b, 1);
        fGrad1 = Nd4j.create(type, b, hidden);
        fakeGrad = Nd4j.create(type, b, pixels);
        gGrad2 = Nd4j.create(type, b, pixels);
        gGrad1 = Nd4j.create(type, b, hidden);
    }

    /** Real images 0..1 → −1..1 (the generator's tanh range) into the upper half; the fakes are conditioned on the same labels. */
    void loadReal(INDArray images, INDArray labels) {
        real.assign(images).muli(2).subi(1);
        if (yAll != null) {
            if (labels == null) throw new IllegalArgumentException("a conditional GAN needs the labels of its images");
            yReal.assign(labels);
            yFake.assign(labels);
        }
    }

    private static INDArray top(INDArray a, long b) {
        return a.get(NDArrayIndex.interval(0, b), NDArrayIndex.all());
    }

    private static INDArray bottom(INDArray a, long b) {
        return a.get(NDArrayIndex.interval(b, 2 * b), NDArrayIndex.all());
    }
}
