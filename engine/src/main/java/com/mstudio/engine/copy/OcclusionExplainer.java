package com.mstudio.engine.copy;

import com.mstudio.engine.api.CopyService;

import java.util.ArrayList;
import java.util.List;

/**
 * Says which tokens drove a label by taking each one out in turn: a token's weight is the drop in the label's
 * probability when the text is scored without it (negative when the text reads more like the label without it).
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
        double full = p[0][labelIndex];
        List<CopyService.TokenWeight> weights = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            weights.add(new CopyService.TokenWeight(token, full - p[i + 1][labelIndex],
                    vocabulary.index(token) == Vocabulary.UNKNOWN));
        }
        return weights;
    }
}
