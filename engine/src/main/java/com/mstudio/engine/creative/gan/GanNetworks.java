package com.mstudio.engine.creative.gan;

import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.CreativeRequest;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.creative.GenerativeNetwork;
import org.nd4j.linalg.api.buffer.DataType;

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
}
