package com.mstudio.engine.creative;

import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.CreativeTrainingResult.TrainingWarning;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class TrainingWatchTest {
    @Test
    void aDiscriminatorNearZeroForLongWarnsOnce() {
        TrainingWatch watch = new TrainingWatch(CreativePreset.CLASSIC_GAN);
        // A short dip is normal: no warning.
        for (int i = 1; i <= TrainingWatch.COLLAPSE_ITERATIONS - 1; i++) assertNull(watch.step(i, 0.001, 7));
        assertNull(watch.step(100, 0.5, 1));
        TrainingWarning w = null;
        for (int i = 1; i <= TrainingWatch.COLLAPSE_ITERATIONS; i++) {
            TrainingWarning now = watch.step(200 + i, 0.002, 8);
            if (now != null) w = now;
        }
        assertNotNull(w);
        assertEquals(TrainingWarning.Kind.DISCRIMINATOR_COLLAPSE, w.kind());
        assertEquals(200 + TrainingWatch.COLLAPSE_ITERATIONS, w.iteration());
        assertTrue(w.message().contains("discriminator"), w.message());
        for (int i = 0; i < 300; i++) assertNull(watch.step(1000 + i, 0.001, 9), "once is enough");
        assertEquals(1, watch.warnings().size());
    }

    @Test
    void aVaeHasNoDiscriminatorToWatch() {
        TrainingWatch watch = new TrainingWatch(CreativePreset.CLASSIC_VAE);
        for (int i = 1; i <= 500; i++) assertNull(watch.step(i, 0.001, 0.0001));
    }

    @Test
    void notANumberIsNamedWithTheLossAndIteration() {
        TrainingWatch watch = new TrainingWatch(CreativePreset.CLASSIC_VAE);
        TrainingWarning w = watch.step(42, 80, Double.NaN);
        assertEquals(TrainingWarning.Kind.NOT_A_NUMBER, w.kind());
        assertTrue(w.message().contains("KL loss became NaN"), w.message());
        assertTrue(w.message().contains("iteration 42"), w.message());
        TrainingWarning g = new TrainingWatch(CreativePreset.DCGAN).step(7, Double.POSITIVE_INFINITY, 1);
        assertTrue(g.message().contains("discriminator loss became infinite"), g.message());
    }

    @Test
    void diversityFallingFarBelowItsPeakWarnsOfModeCollapse() {
        TrainingWatch watch = new TrainingWatch(CreativePreset.CLASSIC_GAN);
        // Early previews may be dull (an untrained generator): they only set the yardstick.
        assertNull(watch.preview(200, 0.05));
        assertNull(watch.preview(400, 0.30));
        assertNull(watch.preview(600, 0.28));
        assertNull(watch.preview(800, 0.20), "a drop to two thirds is not a collapse");
        TrainingWarning w = watch.preview(1000, 0.05);
        assertNotNull(w);
        assertEquals(TrainingWarning.Kind.MODE_COLLAPSE, w.kind());
        assertTrue(w.message().contains("0.050") && w.message().contains("0.300"), w.message());
        assertNull(watch.preview(1200, 0.01));
    }
}
