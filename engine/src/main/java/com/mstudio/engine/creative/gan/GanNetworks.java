package com.mstudio.engine.creative.gan;

import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.CreativeRequest;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.creative.GenerativeNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Builds and restores the GAN presets. */
public final class GanNetworks {
    private GanNetworks() {
    }

    public static GenerativeNetwork create(CreativeRequest request, ImageShape shape, int classCount) {
        if (!request.preset().supports(shape)) {
            throw new IllegalArgumentException(request.preset().title() + " cannot work at " + shape.describe());
        }
        if (classCount < 0) throw new IllegalArgumentException("classCount must be >= 0");
        return switch (request.preset()) {
            case CLASSIC_GAN -> new ClassicGan(shape, request.latentSize(), classCount, request.learningRate(),
                    request.seed(), DataType.FLOAT);
            case DCGAN -> new Dcgan(new DcganArchitecture(shape, request.latentSize(), classCount,
                    DcganArchitecture.REFERENCE_WIDTH), request.learningRate(), request.seed());
            default -> throw new IllegalArgumentException(request.preset().title() + " is not a GAN");
        };
    }

    public static GenerativeNetwork restore(CreativeRequest request, ImageShape shape, int classCount, byte[] bytes) {
        GenerativeNetwork net = create(request, shape, classCount);
        if (net instanceof ClassicGan classic) classic.restore(bytes);
        if (net instanceof Dcgan dcgan) dcgan.restore(bytes);
        return net;
    }

    /**
     * For measuring only: a DCGAN that generates from its generator's last weights instead of their average
     * ({@link GeneratorAverage}), so that one run gives both figures at the same steps. Other networks come back as they are.
     */
    public static GenerativeNetwork withoutAverage(GenerativeNetwork net) {
        if (!(net instanceof Dcgan dcgan)) return net;
        return new GenerativeNetwork() {
            @Override public CreativePreset preset() { return dcgan.preset(); }
            @Override public ImageShape shape() { return dcgan.shape(); }
            @Override public int latentSize() { return dcgan.latentSize(); }
            @Override public int classCount() { return dcgan.classCount(); }
            @Override public StepLosses step(INDArray images, INDArray labels) { return dcgan.step(images, labels); }
            @Override public INDArray generate(INDArray latents, INDArray labels) {
                return dcgan.generateFromLastWeights(latents, labels);
            }
            @Override public byte[] toBytes() { return dcgan.toBytes(); }
        };
    }
}
