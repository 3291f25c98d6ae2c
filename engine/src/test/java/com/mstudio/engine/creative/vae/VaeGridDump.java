package com.mstudio.engine.creative.vae;

import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.CreativeRequest;
import com.mstudio.engine.api.ImageSet;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.creative.GenerativeNetwork;
import com.mstudio.engine.creative.GenerativeNetworks;
import com.mstudio.engine.creative.images.ImageSubsets;
import com.mstudio.engine.testsupport.ImageSamples;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;

/** Manual look, not a test: trains on the samples for a few epochs and writes 10×10 grids as PNGs into args[0]. */
public final class VaeGridDump {
    public static void main(String[] args) throws Exception {
        File dir = new File(args.length > 0 ? args[0] : "/tmp/vae-grids");
        int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        dir.mkdirs();
        Nd4j.getBackend();
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(1);
        Nd4j.factory().blas().setMaxThreads(1);
        ImageSet fashionRaw = ImageSamples.fashion(0);
        ImageSet fashion = ImageSubsets.select(fashionRaw, VaeTestData.permutation(fashionRaw.count(), 1));
        INDArray x = VaeTestData.floats(fashion);
        INDArray y = VaeTestData.oneHot(fashion.labels(), 10);
        CreativeRequest cvae = CreativeRequest.defaults(CreativePreset.CLASSIC_VAE).withConditional(true);
        GenerativeNetwork net = GenerativeNetworks.create(cvae, ImageShape.GREY_28, 10);
        VaeTrainingTest.train(net, x, y, 128, epochs * fashion.count() / 128);
        int[] classes = new int[100];
        for (int i = 0; i < 100; i++) classes[i] = i / 10;
        write(net.generate(VaeTestData.latents(100, 64, 5), VaeTestData.oneHot(classes, 10)), ImageShape.GREY_28, new File(dir, "cvae_fashion.png"));

        for (CreativePreset preset : new CreativePreset[]{CreativePreset.CONV_VAE}) {
            ImageSet iconsRaw = ImageSamples.icons(ImageShape.COLOUR_32);
            ImageSet icons = ImageSubsets.select(iconsRaw, VaeTestData.permutation(iconsRaw.count(), 1));
            INDArray ix = VaeTestData.floats(icons);
            CreativeRequest r = CreativeRequest.defaults(preset);
            GenerativeNetwork conv = GenerativeNetworks.create(r, ImageShape.COLOUR_32, 0);
            long t0 = System.nanoTime();
            VaeTrainingTest.train(conv, ix, null, 64, epochs * 8 * icons.count() / 64);
            System.out.printf("conv VAE icons: %.1f s%n", (System.nanoTime() - t0) / 1e9);
            write(conv.generate(VaeTestData.latents(100, r.latentSize(), 5), null), ImageShape.COLOUR_32, new File(dir, "convvae_icons32.png"));
            write(conv.generate(conv.encode(ix.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 100)), null), null), ImageShape.COLOUR_32, new File(dir, "convvae_icons32_recon.png"));
        }
    }

    static void write(INDArray images, ImageShape shape, File file) throws Exception {
        int s = shape.width();
        int c = shape.channels();
        BufferedImage out = new BufferedImage(10 * s * 3, 10 * s * 3, BufferedImage.TYPE_INT_RGB);
        for (int t = 0; t < Math.min(100, images.size(0)); t++) {
            float[] px = images.getRow(t).toFloatVector();
            for (int yy = 0; yy < s * 3; yy++) {
                for (int xx = 0; xx < s * 3; xx++) {
                    int p = (yy / 3) * s + xx / 3;
                    int r = (int) (255 * px[p]);
                    int g = c == 3 ? (int) (255 * px[s * s + p]) : r;
                    int b = c == 3 ? (int) (255 * px[2 * s * s + p]) : r;
                    out.setRGB((t % 10) * s * 3 + xx, (t / 10) * s * 3 + yy, (r << 16) | (g << 8) | b);
                }
            }
        }
        ImageIO.write(out, "png", file);
    }
}
