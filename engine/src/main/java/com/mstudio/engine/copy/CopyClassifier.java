package com.mstudio.engine.copy;

import com.mstudio.engine.api.CopyModel;
import com.mstudio.engine.api.CopyService;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.api.CopyService.Classification;
import com.mstudio.engine.api.CopyService.TokenWeight;
import com.mstudio.engine.runtime.ProgressSpan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A trained copy model ready to label texts: its tokenizer, vocabulary and network together, so texts are tokenised
 * and encoded exactly as in training. Also the {@link TextScorer} the occlusion explanations use. Engine thread only.
 */
final class CopyClassifier implements TextScorer {
    /** Texts tokenised and scored per step when labelling a column: bounds memory, keeps progress and cancel live. */
    static final int CHUNK = 2_048;

    private final CopyModel model;
    private final TextTokenizer tokenizer;
    private final Vocabulary vocabulary;
    private final CopyNetwork net;

    CopyClassifier(CopyModel model, CopyNetwork net) {
        this.model = model;
        this.tokenizer = new TextTokenizer(model.tokenizer());
        this.vocabulary = new Vocabulary(model.vocabulary());
        this.net = net;
    }

    static CopyClassifier of(CopyModel model) {
        return new CopyClassifier(model, CopyNetworks.of(model));
    }

    int maxLength() {
        return model.tokenizer().maxLength();
    }

    @Override
    public double[][] probabilities(List<List<String>> tokenizedTexts) {
        if (tokenizedTexts.isEmpty()) return new double[0][];
        EncodedTexts encoded = TextEncoder.encode(tokenizedTexts, vocabulary, maxLength());
        return CopyProbabilities.of(net, batches(model, encoded, new int[encoded.size()]));
    }

    /** Labels with their token weights worked out as {@code explanation} says. */
    List<Classification> classify(List<String> texts, CopyService.Explanation explanation, ProgressSpan progress) {
        if (explanation == CopyService.Explanation.ATTENTION) return classifyWithAttention(texts, progress);
        return classify(texts, progress);
    }

    /** Labels with their token weights (occlusion: each token of each text is left out once, so this is for a few texts). */
    List<Classification> classify(List<String> texts, ProgressSpan progress) {
        List<Classification> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            progress.checkCancelled();
            List<String> all = tokenizer.tokens(texts.get(i));
            boolean truncated = all.size() > maxLength();
            List<String> seen = truncated ? all.subList(0, maxLength()) : all;
            double[] p = probabilities(List.of(seen))[0];
            int label = CopyProbabilities.argmax(p);
            List<TokenWeight> weights = OcclusionExplainer.explain(this, seen, label, vocabulary);
            out.add(new Classification(model.labels().get(label), p[label], boxed(p), weights, "occlusion", truncated));
            progress.report((i + 1) / (double) texts.size(), "Classified " + (i + 1) + " of " + texts.size());
        }
        return out;
    }

    /**
     * Labels with the attention each token received ({@link AttentionWeights}): one forward pass per chunk of texts,
     * so unlike occlusion it is cheap for many texts.
     */
    private List<Classification> classifyWithAttention(List<String> texts, ProgressSpan progress) {
        if (model.kind() != CopyModel.Kind.ATTENTION) throw notAttention(model);
        List<Classification> out = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += CopyProbabilities.BATCH) {
            progress.checkCancelled();
            int to = Math.min(texts.size(), from + CopyProbabilities.BATCH);
            List<List<String>> seen = new ArrayList<>(to - from);
            boolean[] truncated = new boolean[to - from];
            for (int i = from; i < to; i++) {
                List<String> all = tokenizer.tokens(texts.get(i) == null ? "" : texts.get(i));
                truncated[i - from] = all.size() > maxLength();
                seen.add(truncated[i - from] ? all.subList(0, maxLength()) : all);
            }
            EncodedTexts encoded = TextEncoder.encode(seen, vocabulary, maxLength());
            int[] rows = CopyBatches.identity(encoded.size());
            CopyBatches.Sequences batch = new CopyBatches.Sequences(encoded.ids(), encoded.lengths(), maxLength(),
                    new int[encoded.size()], model.labels().size());
            AttentionWeights.Result r = AttentionWeights.of((AttentionModel) net, batch.tokens(rows, 0, rows.length), encoded.lengths());
            for (int i = 0; i < seen.size(); i++) {
                double[] p = r.probabilities()[i];
                int label = CopyProbabilities.argmax(p);
                List<TokenWeight> weights = new ArrayList<>(seen.get(i).size());
                for (int k = 0; k < seen.get(i).size(); k++) {
                    String token = seen.get(i).get(k);
                    weights.add(new TokenWeight(token, r.weights()[i][k], vocabulary.index(token) == Vocabulary.UNKNOWN));
                }
                out.add(new Classification(model.labels().get(label), p[label], boxed(p), weights,
                        CopyService.Explanation.ATTENTION.weightKind(), truncated[i]));
            }
            progress.report(to / (double) texts.size(), "Classified " + to + " of " + texts.size());
        }
        return out;
    }

    /** The plain-words refusal for attention weights on a model that has none. */
    static StudioException notAttention(CopyModel model) {
        return new StudioException("The " + model.kind().title() + " model has no attention weights to show; "
                + "explain it by occlusion instead.");
    }

    /** The most likely label index of each text, and its probability, without explanations: for a whole column. */
    int[] labels(List<String> texts, double[] confidence, ProgressSpan progress) {
        int[] labels = new int[texts.size()];
        for (int from = 0; from < texts.size(); from += CHUNK) {
            progress.checkCancelled();
            int to = Math.min(texts.size(), from + CHUNK);
            List<List<String>> tokens = new ArrayList<>(to - from);
            for (String text : texts.subList(from, to)) tokens.add(text == null ? List.of() : tokenizer.tokens(text));
            double[][] p = probabilities(tokens);
            for (int i = 0; i < p.length; i++) {
                labels[from + i] = CopyProbabilities.argmax(p[i]);
                confidence[from + i] = p[i][labels[from + i]];
            }
            progress.report(to / (double) texts.size(), "Classified " + to + " of " + texts.size() + " texts");
        }
        return labels;
    }

    /** The network's input for encoded texts: token sequences for the attention model, TF-IDF rows for the baseline. */
    static CopyBatches batches(CopyModel model, EncodedTexts encoded, int[] labels) {
        int classes = model.labels().size();
        if (model.kind() == CopyModel.Kind.BASELINE) return new CopyBatches.Features(encoded, model.idf(), labels, classes);
        return new CopyBatches.Sequences(encoded.ids(), encoded.lengths(), encoded.maxLength(), labels, classes);
    }

    private static List<Double> boxed(double[] p) {
        return Arrays.stream(p).boxed().toList();
    }
}
