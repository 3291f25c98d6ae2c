package com.mstudio.engine.copy;

import com.mstudio.engine.api.CopyRequest.AttentionSettings;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.api.CopyModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The hand-written attention network: its backward pass against finite differences of its own loss (every parameter
 * block, two blocks, dropout on, a padded and an empty text in the batch), seeded determinism, and its saved form.
 */
class AttentionModelTest {
    @TempDir Path dir;

    /** Four texts of different lengths, the last one empty (it keeps one unmasked padding position). */
    static final int[][] IDS = {{5, 6, 7, 8, 9, 0}, {10, 1, 11, 0, 0, 0}, {2, 3, 4, 5, 6, 7}, {0, 0, 0, 0, 0, 0}};
    static final int[] LENGTHS = {5, 3, 6, 0};
    static final int[] LABELS = {0, 2, 1, 2};

    static CopyBatches.Sequences texts() {
        return new CopyBatches.Sequences(IDS, LENGTHS, 6, LABELS, 3);
    }

    static AttentionModel model(int blocks, double dropout, long seed) {
        return model(6, blocks, dropout, seed);
    }

    static AttentionModel model(int maxLength, int blocks, double dropout, long seed) {
        return AttentionModel.create(12, maxLength, 3, new AttentionSettings(8, 2, blocks, dropout, 1e-2, 4, 1, 1), seed);
    }

    /** Four texts as long as {@link NativeAttention#FROM_LENGTH} and more (one empty), ids 1..11. */
    static CopyBatches.Sequences longTexts() {
        int max = NativeAttention.FROM_LENGTH + 8;
        int[] lengths = {max, NativeAttention.FROM_LENGTH + 1, 0, 12};
        int[][] ids = new int[4][max];
        for (int i = 0; i < 4; i++) for (int j = 0; j < lengths[i]; j++) ids[i][j] = 1 + (i * 7 + j * 5) % 11;
        return new CopyBatches.Sequences(ids, lengths, max, LABELS, 3);
    }

    @Test
    void theBackwardPassMatchesFiniteDifferencesOfTheLoss() {
        assertGradientMatchesFiniteDifferences(model(2, 0.2, 3), texts(), 24);
    }

    /** Batches of long texts run the attention core as ND4J ops ({@link NativeAttention}): the same check. */
    @Test
    void theNativeBackwardPassOfLongTextsMatchesFiniteDifferencesToo() {
        CopyBatches.Sequences texts = longTexts();
        assertGradientMatchesFiniteDifferences(model(texts.maxLength(), 2, 0.2, 3), texts, 6);
    }

    /** @param perBlock about how many entries of each parameter block are checked */
    private static void assertGradientMatchesFiniteDifferences(AttentionModel m, CopyBatches.Sequences texts, int perBlock) {
        TokenBatch batch = texts.tokens(CopyBatches.identity(4), 0, 4);
        for (int i = 0; i < 5; i++) m.fit(batch); // away from the initial weights, so that ReLUs and attention vary
        long dropoutSeed = 99;
        m.gradient(batch, dropoutSeed);
        AttentionParameters p = m.parameters;
        float[] analytic = p.g.clone();
        int[][] blocks = {{p.tokens + 5 * 8, 6 * 8}, {p.positions, 6 * 8}, {p.qkv[0], 8 * 24}, {p.projection[0], 64},
                {p.qkv[1], 8 * 24}, {p.projection[1], 64}, {p.dense, 64}, {p.output, 24}, {p.denseBias, 8}, {p.outputBias, 3}};
        double h = 1e-2;
        int checked = 0;
        for (int[] block : blocks) {
            // per block, the relative error of the whole gradient vector: single entries may be tiny, the block is not
            double diff = 0, norm = 0;
            for (int j = 0; j < block[1]; j += Math.max(1, block[1] / perBlock)) {
                int i = block[0] + j;
                float w = p.w[i];
                p.w[i] = (float) (w + h);
                double up = m.score(batch, dropoutSeed);
                p.w[i] = (float) (w - h);
                double down = m.score(batch, dropoutSeed);
                p.w[i] = w;
                double numeric = (up - down) / (2 * h);
                diff += (numeric - analytic[i]) * (numeric - analytic[i]);
                norm += numeric * numeric + (double) analytic[i] * analytic[i];
                checked++;
            }
            System.out.printf("block at %d: |g| %.2e, relative error %.2e%n", block[0], Math.sqrt(norm), Math.sqrt(diff / norm));
            assertTrue(Math.sqrt(norm) > 1e-3, "block at " + block[0] + " has a real gradient: " + Math.sqrt(norm));
            assertTrue(Math.sqrt(diff / norm) < 1e-3, "block at " + block[0] + ": relative error " + Math.sqrt(diff / norm));
        }
        assertTrue(checked > 5 * perBlock);
        double largest = 0;
        for (float g : analytic) largest = Math.max(largest, Math.abs(g));
        assertTrue(largest > 1e-3, "a real gradient, largest " + largest);
    }

    @Test
    void theSameSeedTrainsTheSameWeightsAndAnotherSeedDoesNot() {
        float[][] w = new float[3][];
        long[] seeds = {5, 5, 6};
        for (int s = 0; s < 3; s++) {
            AttentionModel m = model(1, 0.1, seeds[s]);
            TokenDropout dropped = new TokenDropout(texts(), 0.5, seeds[s]);
            for (int i = 0; i < 4; i++) m.fit(dropped, CopyBatches.identity(4), 0, 4);
            w[s] = m.parameters.w;
        }
        assertArrayEquals(w[0], w[1]);
        assertFalse(Arrays.equals(w[0], w[2]));
    }

    @Test
    void trainingLowersTheLoss() {
        AttentionModel m = model(1, 0, 4);
        TokenBatch batch = texts().tokens(CopyBatches.identity(4), 0, 4);
        double before = m.evaluate(batch).loss();
        for (int i = 0; i < 60; i++) m.fit(batch);
        double after = m.evaluate(batch).loss();
        assertTrue(after < before / 4, before + " → " + after);
    }

    @Test
    void theSavedNetworkGivesTheSameProbabilitiesAndDamageIsNamed() {
        AttentionModel m = model(2, 0.1, 8);
        m.fit(texts(), CopyBatches.identity(4), 0, 4);
        byte[] bytes = m.toBytes();
        AttentionModel back = AttentionModel.fromBytes(bytes, 8);
        double[][] p = m.probabilities(texts(), CopyBatches.identity(4), 0, 4);
        double[][] q = back.probabilities(texts(), CopyBatches.identity(4), 0, 4);
        for (int i = 0; i < 4; i++) assertArrayEquals(p[i], q[i], 0);
        assertEquals(m.shape, back.shape);
        // through a model file, as the workspace keeps it (its checks expect the network part to be a zip)
        CopyModel model = CopyModelFilesTest.model(CopyModel.Kind.ATTENTION);
        CopyModel withNetwork = new CopyModel(model.formatVersion(), model.kind(), model.createdAt(), model.sourceName(),
                8, model.labels(), model.tokenizer(), model.vocabulary(), model.idf(), model.settings(), model.test(), bytes);
        Path file = dir.resolve("real.copy.zip");
        CopyModelFiles.save(withNetwork, file);
        double[][] r = CopyNetworks.of(CopyModelFiles.load(file)).probabilities(texts(), CopyBatches.identity(4), 0, 4);
        for (int i = 0; i < 4; i++) assertArrayEquals(p[i], r[i], 0);

        byte[] cut = Arrays.copyOf(bytes, bytes.length / 2);
        assertTrue(assertThrows(StudioException.class, () -> AttentionModel.fromBytes(cut, 8)).getMessage().contains("damaged"));
        byte[] dl4jZip = CopyModelFilesTest.networkBytes("{}"); // what a format 1 model held
        assertTrue(assertThrows(StudioException.class, () -> AttentionModel.fromBytes(dl4jZip, 8)).getMessage().contains("damaged"));
        assertTrue(assertThrows(StudioException.class, () -> AttentionModel.fromBytes(new byte[0], 8)).getMessage()
                .contains("no network"));
    }
}
