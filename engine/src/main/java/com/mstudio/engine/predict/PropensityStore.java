package com.mstudio.engine.predict;

import com.mstudio.engine.api.KeptModels;
import com.mstudio.engine.api.PropensityModel;
import com.mstudio.engine.api.Workspace;
import com.mstudio.engine.store.KeptModelFiles;

import java.nio.file.Path;
import java.util.List;

/**
 * Propensity models kept in a workspace: each as {@code models/<datasetId>/<kind>.propensity.zip} (see
 * {@link PropensityModelFiles}), listed in the manifest's {@value #EXTENSION} extension as
 * {@code {datasetId: [{kind, file, createdAt, auc}]}} by {@link KeptModelFiles}. The manifest entry is what counts: a
 * file it does not list is not loaded, and the AUC is there so the workspace can show "MLP, AUC 0.85" without opening
 * the models.
 */
public final class PropensityStore {
    static final String EXTENSION = "propensity";

    private static final KeptModelFiles<PropensityModel> FILES = new KeptModelFiles<>(EXTENSION, ".propensity.zip",
            "auc", "propensity models", new KeptModelFiles.Family<>() {
                @Override public Enum<?> kind(PropensityModel m) { return m.kind(); }
                @Override public String createdAt(PropensityModel m) { return m.createdAt(); }
                @Override public double score(PropensityModel m) { return m.test() == null ? Double.NaN : m.test().rocAuc(); }
                @Override public void save(PropensityModel m, Path file) { PropensityModelFiles.save(m, file); }
                @Override public PropensityModel load(Path file) { return PropensityModelFiles.load(file); }
            });

    private PropensityStore() {}

    /** Saves the models (replacing the dataset's earlier ones) and records them in the manifest. */
    public static void keep(Workspace ws, String datasetId, List<PropensityModel> models) {
        FILES.keep(ws, datasetId, models);
    }

    /** The dataset's kept models in the order they were kept (MLP first); empty when none. */
    public static KeptModels<PropensityModel> kept(Workspace ws, String datasetId) {
        return FILES.kept(ws, datasetId);
    }
}
