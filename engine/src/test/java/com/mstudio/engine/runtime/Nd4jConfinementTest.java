package com.mstudio.engine.runtime;

import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobOutcome;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.executioner.OpExecutioner;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.nd4j.linalg.profiler.OpProfiler;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Proves that model work stays on the engine thread: ND4J's own op profiler reports the thread of every op it
 * executes while a real DL4J network trains as a job.
 */
class Nd4jConfinementTest {
    private static JobEngine engine;

    @BeforeAll
    static void start() throws Exception {
        engine = new JobEngine();
        engine.nativeSetup().get(120, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void theEngineThreadSetsOpenMpThreadsAsItsFirstAct() throws Exception {
        NativeThreading.Setup setup = engine.nativeSetup().get();
        int cores = Runtime.getRuntime().availableProcessors();
        assertEquals(cores, setup.cores());
        assertEquals(NativeThreading.recommendedThreads(cores), setup.chosenThreads());
        int now = engine.submit("read omp", ctx ->
                org.nd4j.nativeblas.NativeOpsHolder.getInstance().getDeviceNativeOps().ompGetMaxThreads()).await();
        assertEquals(setup.chosenThreads(), now);
    }

    @Test
    void everyNd4jOpOfARealTrainingJobRunsOnTheEngineThread() {
        Set<String> opThreads = ConcurrentHashMap.newKeySet();
        AtomicLong ops = new AtomicLong();
        OpProfiler.OpProfilerListener spy = op -> {
            opThreads.add(Thread.currentThread().getName());
            ops.incrementAndGet();
        };
        JobHandle<Double> h = engine.submit("train tiny MLP", ctx -> {
            Nd4j.getExecutioner().setProfilingMode(OpExecutioner.ProfilingMode.OPERATIONS);
            OpProfiler.getInstance().addListener(spy);
            try {
                MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().seed(7).updater(new Adam(1e-2))
                        .list()
                        .layer(new DenseLayer.Builder().nIn(4).nOut(8).activation(Activation.RELU).build())
                        .layer(new OutputLayer.Builder(LossFunctions.LossFunction.XENT).nIn(8).nOut(1)
                                .activation(Activation.SIGMOID).build())
                        .build();
                MultiLayerNetwork net = new MultiLayerNetwork(conf);
                net.init();
                INDArray x = Nd4j.rand(DataType.FLOAT, 64, 4);
                INDArray y = x.sum(1).gt(2.0).castTo(DataType.FLOAT).reshape(64, 1);
                for (int i = 0; i < 20; i++) {
                    ctx.checkCancelled();
                    net.fit(x, y);
                    ctx.metric("loss", i, net.score());
                }
                return net.score();
            } finally {
                OpProfiler.getInstance().clearListener(spy);
                Nd4j.getExecutioner().setProfilingMode(OpExecutioner.ProfilingMode.DISABLED);
            }
        });
        JobOutcome<Double> o = h.outcome().join();
        assertInstanceOf(JobOutcome.Succeeded.class, o, () -> o.toString());
        assertTrue(ops.get() > 100, "the profiler saw " + ops.get() + " ops");
        assertEquals(Set.of(EngineThreads.ENGINE_THREAD_NAME), opThreads);
    }

    @Test
    void modelCodeRefusesToRunOffTheEngineThread() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> NativeThreading.configure(1));
        assertTrue(e.getMessage().contains(EngineThreads.ENGINE_THREAD_NAME));
        assertTrue(engine.submit("on engine", ctx -> EngineThreads.isEngineThread()).await());
    }
}
