package com.mstudio.engine.copy;

import com.mstudio.engine.api.CopyService;

import java.util.ArrayList;
import java.util.List;

/**
 * Says which tokens drove a label by taking each one out in turn: a token's weight is the drop in the label's log-odds,
 * ln(p / (1 − p)), when the text is scored without it (negative when the text reads more like the label without it).
 * Log-odds rather than probability because a confident model saturates: at 99.9% spam, removing "FREE" may move the
 * probability by 0.0005 and every weight would read 0.00, while the log-odds still show how much each word counts (for a
 * logistic scorer they are exactly the word's term).
 * Works the same for every model, so the attention model and its baseline can be explained alike. The full text and
 * every text with one token removed are scored in one batch.
 */
public final class OcclusionExplainer {
    private OcclusionExplainer() {}

    /**
     * @param tokens     the tokens as the model sees them (already cut to its maximum length)
     * @param labelIndex the label to explain, usually the predicted one
     * @param vocabulary marks the tokens the model does not know
     */
    public static List<CopyService.TokenWeight> explain(TextScorer scorer, List<String> tokens, int labelIndex,
                                                        Vocabulary vocabulary) {
        if (tokens.isEmpty()) return List.of();
        List<List<String>> batch = new ArrayList<>(tokens.size() + 1);
        batch.add(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            List<String> without = new ArrayList<>(tokens.size() - 1);
            without.addAll(tokens.subList(0, i));
            without.addAll(tokens.subList(i + 1, tokens.size()));
            batch.add(without);
        }
        double[][] p = scorer.probabilities(batch);
        if (p.length != batch.size()) {
            throw new IllegalStateException("the scorer returned " + p.length + " rows for " + batch.size() + " texts");
        }
        double full = logOdds(p[0][labelIndex]);
        List<CopyService.TokenWeight> weights = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            weights.add(new CopyService.TokenWeight(token, full - logOdds(p[i + 1][labelIndex]),
                    vocabulary.index(token) == Vocabulary.UNKNOWN));
        }
        return weights;
    }

    /** ln(p / (1 − p)), with p kept off 0 and 1 so that a certain score gives a large but finite number. */
    static double logOdds(double p) {
        double q = Math.min(Math.max(p, 1e-9), 1 - 1e-9);
        return Math.log(q / (1 - q));
    }
}
