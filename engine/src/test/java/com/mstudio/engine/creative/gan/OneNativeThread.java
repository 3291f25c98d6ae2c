package com.mstudio.engine.creative.gan;

import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * The GAN tests run many small native ops, the case where OpenMP's busy-waiting pool fights the other test JVMs for two
 * cores (TOOLCHAIN.md: up to 15× slower). The app's engine thread sets this through NativeThreading; tests do it here.
 */
final class OneNativeThread {
    private OneNativeThread() {
    }

    static void ensure() {
        Nd4j.getBackend();
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(1);
        Nd4j.factory().blas().setMaxThreads(1);
    }
}
