package com.mstudio.engine.runtime;

import com.mstudio.engine.api.JobContext;
import com.mstudio.engine.api.JobRunner;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import java.util.ArrayList;
import java.util.List;

/**
 * Measures, inside the running engine (on its own thread, as the app trains), what the OpenMP setting does: the
 * brief's propensity MLP (30 → 64 → 32 → 1) for a few epochs and a 1024² GEMM, once per thread count.
 */
public final class EngineBenchmark {
    /** One measured setting. */
    public record Run(int threads, double mlpSecondsPerEpoch, double mlpRowsPerSecond, double gemmGflops) {}

    /** The whole comparison; {@code chosenThreads} is what the engine uses by default on this machine. */
    public record Result(int cores, int chosenThreads, int rows, int epochs, List<Run> runs) {}

    private EngineBenchmark() {}

    public static Result run(JobRunner engine, int rows, int epochs) {
        return engine.submit("Engine benchmark", ctx -> measure(ctx, rows, epochs)).await();
    }

    /** The measurement itself; must run as a job on the engine thread. Restores the studio's setting at the end. */
    static Result measure(JobContext ctx, int rows, int epochs) {
        EngineThreads.requireEngineThread();
        int cores = Runtime.getRuntime().availableProcessors();
        int chosen = NativeThreading.recommendedThreads(cores);
        DataSet data = syntheticPropensityData(rows);
        ctx.progress(0, "Warming up");
        trainEpochs(data, 1); // warm up the JIT and ND4J's workspaces before measuring anything
        List<Run> runs = new ArrayList<>();
        List<Integer> settings = new ArrayList<>(List.of(cores));
        if (chosen != cores) settings.add(chosen);
        try {
            for (int threads : settings) {
                ctx.checkCancelled();
                ctx.progress((runs.size() + 1) / (double) (settings.size() + 1), "Measuring with " + threads + " thread(s)");
                NativeThreading.setThreads(threads);
                double secs = trainEpochs(data, epochs) / epochs;
                runs.add(new Run(threads, secs, rows / secs, gemmGflops(1024)));
            }
        } finally {
            NativeThreading.setThreads(chosen);
        }
        return new Result(cores, chosen, rows, epochs, runs);
    }

    private static DataSet syntheticPropensityData(int rows) {
        Nd4j.getRandom().setSeed(42);
        INDArray x = Nd4j.randn(DataType.FLOAT, rows, 30);
        INDArray y = x.getColumn(0).add(x.getColumn(1).mul(0.5)).gt(0).castTo(DataType.FLOAT).reshape(rows, 1);
        return new DataSet(x, y);
    }

    private static double trainEpochs(DataSet data, int epochs) {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().seed(42).updater(new Adam(1e-3)).list()
                .layer(new DenseLayer.Builder().nIn(30).nOut(64).activation(Activation.RELU).build())
                .layer(new DenseLayer.Builder().nIn(64).nOut(32).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.XENT).nIn(32).nOut(1).activation(Activation.SIGMOID).build())
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        List<DataSet> batches = data.batchBy(128);
        long t0 = System.nanoTime();
        for (int e = 0; e < epochs; e++) {
            for (DataSet b : batches) net.fit(b);
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double gemmGflops(int n) {
        INDArray a = Nd4j.rand(DataType.FLOAT, n, n);
        INDArray b = Nd4j.rand(DataType.FLOAT, n, n);
        INDArray c = Nd4j.create(DataType.FLOAT, n, n);
        Nd4j.gemm(a, b, c, false, false, 1.0, 0.0); // warm-up
        int reps = 5;
        long t0 = System.nanoTime();
        for (int i = 0; i < reps; i++) Nd4j.gemm(a, b, c, false, false, 1.0, 0.0);
        double secs = (System.nanoTime() - t0) / 1e9;
        return 2.0 * n * n * (double) n * reps / secs / 1e9;
    }
}
