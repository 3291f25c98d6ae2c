package com.mstudio.engine.copy;

import com.mstudio.engine.api.CopyModel;
import com.mstudio.engine.api.CopyService.Classification;
import com.mstudio.engine.api.CopyService.TokenWeight;
import com.mstudio.engine.runtime.ProgressSpan;
import org.deeplearning4j.nn.graph.ComputationGraph;

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
    private final ComputationGraph net;

    CopyClassifier(CopyModel model, ComputationGraph net) {
        this.model = model;
        this.tokenizer = new TextTokenizer(model.tokenizer());
        this.vocabulary = new Vocabulary(model.vocabulary());
        this.net = net;
    }

    static CopyClassifier of(CopyModel model) {
        return new CopyClassifier(model, CopyNetworks.fromZip(model.networkZip()));
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
