package com.mstudio.engine.copy;

import com.mstudio.engine.api.CopyService.TokenWeight;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OcclusionExplainerTest {
    /**
     * A real, simple classifier for two classes (0 ham, 1 spam): z = 2·(number of "free") + (number of "!") − 1,
     * P(spam) = 1 / (1 + e^−z). It counts how many batches it was asked for.
     */
    private static final class KeywordScorer implements TextScorer {
        int calls;

        @Override
        public double[][] probabilities(List<List<String>> texts) {
            calls++;
            double[][] p = new double[texts.size()][];
            for (int i = 0; i < texts.size(); i++) {
                double z = -1;
                for (String t : texts.get(i)) z += t.equals("free") ? 2 : t.equals("!") ? 1 : 0;
                double spam = 1 / (1 + Math.exp(-z));
                p[i] = new double[] {1 - spam, spam};
            }
            return p;
        }
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    @Test
    void eachTokenWeighsTheDropInTheLabelsLogOddsWithoutIt() {
        KeywordScorer scorer = new KeywordScorer();
        Vocabulary v = new Vocabulary(List.of("<pad>", "<unk>", "free", "!"));
        List<TokenWeight> w = OcclusionExplainer.explain(scorer, List.of("free", "money", "!"), 1, v);
        assertEquals(1, scorer.calls, "the full text and every text with one token out go in one batch");
        assertEquals(List.of("free", "money", "!"), w.stream().map(TokenWeight::token).toList());
        // full text z = 2; without "free" z = 0; without "money" z = 2; without "!" z = 1. The scorer is logistic, so
        // the log-odds of spam are z and each weight is exactly the token's term.
        assertEquals(2, w.get(0).weight(), 1e-9);
        assertEquals(0, w.get(1).weight(), 1e-9);
        assertEquals(1, w.get(2).weight(), 1e-9);
        assertEquals(List.of(false, true, false), w.stream().map(TokenWeight::unknown).toList());
    }

    @Test
    void aConfidentScoreStillShowsWhichWordsCount() {
        // z = 2·8 − 1 = 15: P(spam) = 0.9999997, so removing one "free" moves the probability by about 2e-6, but its
        // log-odds weight is still 2.
        List<String> tokens = java.util.Collections.nCopies(8, "free");
        List<TokenWeight> w = OcclusionExplainer.explain(new KeywordScorer(), tokens, 1, new Vocabulary(List.of("<pad>", "<unk>", "free")));
        assertTrue(sigmoid(15) - sigmoid(13) < 1e-5, "in probability the drop is invisible");
        w.forEach(t -> assertEquals(2, t.weight(), 1e-6));
    }

    @Test
    void explainingTheOtherLabelTurnsTheSignsAround() {
        Vocabulary v = new Vocabulary(List.of("<pad>", "<unk>", "free"));
        List<TokenWeight> w = OcclusionExplainer.explain(new KeywordScorer(), List.of("free", "lunch"), 0, v);
        // ham's log-odds are −z: full text −1, without "free" +1
        assertEquals(-2, w.get(0).weight(), 1e-9);
        assertTrue(w.get(0).weight() < 0, "\"free\" speaks against ham");
        assertFalse(w.get(0).unknown());
    }

    @Test
    void aTextWithoutTokensHasNoWeightsAndCostsNoScoring() {
        KeywordScorer scorer = new KeywordScorer();
        assertEquals(List.of(), OcclusionExplainer.explain(scorer, List.of(), 1, new Vocabulary(List.of("<pad>", "<unk>"))));
        assertEquals(0, scorer.calls);
    }
}
