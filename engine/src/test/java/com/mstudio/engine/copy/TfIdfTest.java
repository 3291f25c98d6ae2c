package com.mstudio.engine.copy;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class TfIdfTest {
    /** Vocabulary: 0 pad, 1 unk, 2 a, 3 b, 4 c. */
    private static final Vocabulary V = new Vocabulary(List.of("<pad>", "<unk>", "a", "b", "c"));

    /**
     * Three training documents: d0 = a a b, d1 = b c, d2 = a x (x unknown). n = 3;
     * df: unk 1, a 2, b 2, c 1; idf = ln((1+3)/(1+df)) + 1: unk = c = ln 2 + 1 = 1.693147, a = b = ln(4/3) + 1 = 1.287682.
     * d0: a = (1 + ln 2)·1.287682 = 2.180249, b = 1.287682; length √(2.180249² + 1.287682²) = 2.532116
     * → a 0.861037, b 0.508542. d1: b 1.287682, c 1.693147 → length 2.127188 → b 0.605349, c 0.795961.
     */
    @Test
    void sublinearTfTimesSmoothedIdfWithUnitRowsByHand() {
        EncodedTexts training = TextEncoder.encode(List.of(
                List.of("a", "a", "b"), List.of("b", "c"), List.of("a", "x")), V, 4);
        double[] idf = TfIdf.fitIdf(training, V.size());
        double ln2 = Math.log(2), idfAB = Math.log(4 / 3.0) + 1;
        assertArrayEquals(new double[] {0, ln2 + 1, idfAB, idfAB, ln2 + 1}, idf, 1e-12);

        float[] f = TfIdf.features(training, idf);
        assertEquals(3 * 5, f.length);
        assertArrayEquals(new float[] {0, 0, 0.8610370f, 0.5085423f, 0}, row(f, 0), 1e-6f);
        assertArrayEquals(new float[] {0, 0, 0, 0.6053485f, 0.7959605f}, row(f, 1), 1e-6f);
        double u = ln2 + 1, a = idfAB, len = Math.hypot(u, a);
        assertArrayEquals(new float[] {0, (float) (u / len), (float) (a / len), 0, 0}, row(f, 2), 1e-6f);
    }

    @Test
    void unseenTextsUseTheTrainingIdfAndBatchesMatchTheWhole() {
        EncodedTexts training = TextEncoder.encode(List.of(List.of("a", "a", "b"), List.of("b", "c")), V, 4);
        double[] idf = TfIdf.fitIdf(training, V.size());
        EncodedTexts fresh = TextEncoder.encode(List.of(List.of("c", "c", "c"), List.of(), List.of("a", "b")), V, 4);
        float[] all = TfIdf.features(fresh, idf);
        assertArrayEquals(new float[] {0, 0, 0, 0, 1}, row(all, 0), 1e-6f);
        assertArrayEquals(new float[] {0, 0, 0, 0, 0}, row(all, 1), "a text without tokens stays all zero");
        assertArrayEquals(row(all, 2), TfIdf.features(fresh, 2, 3, idf), "one batch equals its rows of the whole");
    }

    private static float[] row(float[] f, int r) {
        return java.util.Arrays.copyOfRange(f, r * 5, r * 5 + 5);
    }
}
