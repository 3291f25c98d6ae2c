package com.mstudio.engine.copy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mstudio.engine.api.CopyModel;
import com.mstudio.engine.api.CopyRequest;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.store.Json;
import com.mstudio.engine.store.ModelZip;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;

/**
 * A copy classifier as one zip file ({@link ModelZip}): {@value ModelZip#SIDECAR} holds what turns a text into the
 * network's input and its output into a label (kind, labels, tokenizer settings, vocabulary, IDF weights, attention
 * settings, test figures, seed, date; versioned) and {@value ModelZip#NETWORK} the network's bytes
 * ({@link CopyNetworks}: the attention model's own format since format 2, DL4J's zip for the baseline).
 * A model whose vocabulary or labels do not fit its network would classify wrongly without a word, so loading checks
 * that the parts a prediction needs are there and consistent.
 */
public final class CopyModelFiles {
    private static final ObjectMapper JSON = Json.newMapper();

    private CopyModelFiles() {}

    /** What {@value ModelZip#SIDECAR} holds: the model without its network bytes. */
    record Sidecar(int formatVersion, CopyModel.Kind kind, String createdAt, String sourceName, long seed,
                   List<String> labels, CopyRequest.Tokenizer tokenizer, List<String> vocabulary, double[] idf,
                   CopyRequest.AttentionSettings settings, CopyModel.Metrics test) {
        static Sidecar of(CopyModel m) {
            return new Sidecar(CopyModel.FORMAT_VERSION, m.kind(), m.createdAt(), m.sourceName(), m.seed(), m.labels(),
                    m.tokenizer(), m.vocabulary(), m.idf(), m.settings(), m.test());
        }

        CopyModel with(byte[] network) {
            return new CopyModel(formatVersion, kind, createdAt, sourceName, seed, labels, tokenizer, vocabulary, idf,
                    settings, test, network);
        }
    }

    public static void save(CopyModel m, Path file) {
        ModelZip.save(file, JSON, Sidecar.of(m), m.networkZip());
    }

    /** @throws StudioException naming the file when it is missing, not a model, damaged or from a newer version */
    public static CopyModel load(Path file) {
        ModelZip.Parts parts = ModelZip.read(file);
        JsonNode node = ModelZip.sidecarTree(JSON, parts.sidecar(), file);
        ModelZip.requireFamily(node, ModelZip.Family.COPY, file);
        // The version first: a newer file may hold fields and values this version cannot map.
        int version = node.path("formatVersion").asInt(0);
        if (version > CopyModel.FORMAT_VERSION) throw ModelZip.newerVersion(file, version);
        if (version < CopyModel.FIRST_ATTENTION_FORMAT && CopyModel.Kind.ATTENTION.name().equals(node.path("kind").asText())) {
            throw ModelZip.problem(file, "This self-attention model was saved by an earlier version of Marketing Studio "
                    + "(format " + version + "), whose network this version can no longer read. Train it again from its "
                    + "data; TF-IDF baseline models of that version still open.", null);
        }
        Sidecar s = ModelZip.sidecarValue(JSON, node, Sidecar.class, file);
        String missing = missingPart(s);
        if (missing != null) throw ModelZip.partMissing(file, missing);
        return s.with(parts.network());
    }

    private static String missingPart(Sidecar s) {
        if (s.kind() == null) return "which kind of model it is";
        if (s.labels() == null || s.labels().size() < 2 || s.labels().contains(null)
                || new HashSet<>(s.labels()).size() != s.labels().size()) {
            return "the list of labels";
        }
        if (s.tokenizer() == null) return "the tokenizer's configuration";
        if (s.vocabulary() == null || s.vocabulary().size() < 2 || s.vocabulary().contains(null)) return "the vocabulary";
        if (s.kind() == CopyModel.Kind.BASELINE && (s.idf() == null || s.idf().length != s.vocabulary().size())) {
            return "the IDF word weighting";
        }
        if (s.kind() == CopyModel.Kind.ATTENTION && s.settings() == null) return "the attention model's configuration";
        if (s.test() == null) return "the test figures";
        return null;
    }
}
