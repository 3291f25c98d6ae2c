package com.mstudio.engine.predict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mstudio.engine.api.FittedTransform;
import com.mstudio.engine.api.PropensityModel;
import com.mstudio.engine.api.PropensityRequest;
import com.mstudio.engine.store.Json;
import com.mstudio.engine.store.ModelZip;

import java.nio.file.Path;
import java.util.List;

/**
 * A propensity model as one zip file ({@link ModelZip}: a {@value #SIDECAR} description and the DL4J network as is).
 * This class says what the description holds and which parts a usable model cannot do without.
 */
public final class PropensityModelFiles {
    static final String SIDECAR = ModelZip.SIDECAR;
    private static final ObjectMapper JSON = Json.newMapper();

    private PropensityModelFiles() {}

    /**
     * What {@value #SIDECAR} holds: the model without its network bytes. {@code scoreOddsFactor} is boxed because
     * format 1 has none: a missing one reads as 1.0 (those models score with the network's output unchanged, as when
     * they were measured).
     */
    record Sidecar(int formatVersion, PropensityModel.Kind kind, String createdAt, String sourceName, long seed,
                   String target, String positiveValue, List<String> features, FittedTransform transform,
                   PropensityRequest.MlpSettings settings, String imbalance, Double scoreOddsFactor,
                   PropensityModel.Metrics test) {
        static Sidecar of(PropensityModel m) {
            return new Sidecar(PropensityModel.FORMAT_VERSION, m.kind(), m.createdAt(), m.sourceName(), m.seed(), m.target(),
                    m.positiveValue(), m.features(), m.transform(), m.settings(), m.imbalance(), m.scoreOddsFactor(), m.test());
        }

        double oddsFactor() {
            return scoreOddsFactor == null ? 1.0 : scoreOddsFactor;
        }

        PropensityModel with(byte[] network) {
            return new PropensityModel(formatVersion, kind, createdAt, sourceName, seed, target, positiveValue, features,
                    transform, settings, imbalance, oddsFactor(), test, network);
        }
    }

    public static void save(PropensityModel m, Path file) {
        ModelZip.save(file, JSON, Sidecar.of(m), m.networkZip());
    }

    public static PropensityModel load(Path file) {
        ModelZip.Parts parts = ModelZip.read(file);
        Sidecar s = sidecar(parts.sidecar(), file);
        String missing = missingPart(s);
        if (missing != null) throw ModelZip.partMissing(file, missing);
        return s.with(parts.network());
    }

    /** The version is checked before the rest is read: a newer file may hold fields and values this one cannot map. */
    private static Sidecar sidecar(byte[] bytes, Path file) {
        JsonNode node = ModelZip.sidecarTree(JSON, bytes, file);
        ModelZip.requireFamily(node, ModelZip.Family.PROPENSITY, file);
        int version = node.path("formatVersion").asInt(0);
        int transformVersion = node.path("transform").path("formatVersion").asInt(0);
        if (version > PropensityModel.FORMAT_VERSION || transformVersion > FittedTransform.FORMAT_VERSION) {
            throw ModelZip.newerVersion(file, version);
        }
        return ModelZip.sidecarValue(JSON, node, Sidecar.class, file);
    }

    private static String missingPart(Sidecar s) {
        if (s.kind() == null) return "which kind of model it is";
        if (s.target() == null || s.positiveValue() == null) return "the target column";
        if (s.features() == null || s.features().isEmpty()) return "the list of input columns";
        if (s.transform() == null || s.transform().columns() == null) return "the cleaning steps";
        if (s.test() == null) return "the test figures";
        if (!(s.oddsFactor() > 0) || Double.isInfinite(s.oddsFactor())) return "a valid score correction";
        return null;
    }
}
