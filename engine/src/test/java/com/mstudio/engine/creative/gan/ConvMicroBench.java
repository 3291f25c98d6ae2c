package com.mstudio.engine.creative.gan;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.layers.convolution.Conv2D;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv2DConfig;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/** Local: the native conv2d op's time for D's second layer, to compare with DL4J's ConvolutionLayer (im2col path). */
public final class ConvMicroBench {
    public static void main(String[] args) {
        Nd4j.getBackend();
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(1);
        Nd4j.factory().blas().setMaxThreads(1);
        INDArray x = Nd4j.rand(DataType.FLOAT, 128, 64, 14, 14);
        INDArray w = Nd4j.rand(DataType.FLOAT, 4, 4, 64, 128); // [kH, kW, iC, oC]
        INDArray out = Nd4j.create(DataType.FLOAT, 128, 128, 7, 7);
        Conv2DConfig conf = Conv2DConfig.builder().kH(4).kW(4).sH(2).sW(2).pH(1).pW(1).dH(1).dW(1).paddingMode(org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode.VALID)
                .dataFormat("NCHW").build();
        var bean = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int rep = 0; rep < 3; rep++) {
            long c0 = bean.getCurrentThreadCpuTime();
            for (int i = 0; i < 5; i++) Nd4j.exec(new Conv2D(new INDArray[] {x, w}, new INDArray[] {out}, conf));
            long c1 = bean.getCurrentThreadCpuTime();
            INDArray gx = Nd4j.create(DataType.FLOAT, x.shape());
            INDArray gw = Nd4j.create(DataType.FLOAT, w.shape());
            for (int i = 0; i < 5; i++) {
                Nd4j.exec(org.nd4j.linalg.api.ops.DynamicCustomOp.builder("conv2d_bp").addInputs(x, w, out)
                        .addOutputs(gx, gw).addIntegerArguments(4, 4, 2, 2, 1, 1, 1, 1, 0, 0, 0).build());
            }
            long c2 = bean.getCurrentThreadCpuTime();
            var layer = new org.deeplearning4j.nn.multilayer.MultiLayerNetwork(new org.deeplearning4j.nn.conf.NeuralNetConfiguration.Builder()
                    .dataType(DataType.FLOAT).list().layer(new org.deeplearning4j.nn.conf.layers.ConvolutionLayer.Builder(4, 4).stride(2, 2)
                    .padding(1, 1).nIn(64).nOut(128).build()).layer(new org.deeplearning4j.nn.conf.layers.DenseLayer.Builder().nIn(128 * 49).nOut(1).build())
                    .inputPreProcessor(1, new org.deeplearning4j.nn.conf.preprocessor.CnnToFeedForwardPreProcessor(7, 7, 128)).build());
            layer.init();
            layer.initGradientsView();
            long c3 = bean.getCurrentThreadCpuTime();
            for (int i = 0; i < 5; i++) layer.getLayer(0).activate(x, true, org.deeplearning4j.nn.workspace.LayerWorkspaceMgr.noWorkspaces());
            long c4 = bean.getCurrentThreadCpuTime();
            INDArray eps = Nd4j.rand(DataType.FLOAT, 128, 128, 7, 7);
            for (int i = 0; i < 5; i++) {
                layer.getLayer(0).activate(x, true, org.deeplearning4j.nn.workspace.LayerWorkspaceMgr.noWorkspaces());
                layer.getLayer(0).backpropGradient(eps, org.deeplearning4j.nn.workspace.LayerWorkspaceMgr.noWorkspaces());
            }
            long c5 = bean.getCurrentThreadCpuTime();
            System.out.printf("DL4J layer fwd %.1f ms, fwd+bwd %.1f ms%n", (c4 - c3) / 5e6, (c5 - c4) / 5e6);
            System.out.printf("conv2d fwd %.1f ms, bwd %.1f ms (CPU)%n", (c1 - c0) / 5e6, (c2 - c1) / 5e6);
        }
    }
}
