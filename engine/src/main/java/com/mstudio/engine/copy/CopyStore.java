package com.mstudio.engine.copy;

import com.mstudio.engine.api.CopyModel;
import com.mstudio.engine.api.KeptModels;
import com.mstudio.engine.api.Workspace;
import com.mstudio.engine.store.KeptModelFiles;

import java.nio.file.Path;
import java.util.List;

/**
 * Copy classifiers kept in a workspace: each as {@code models/<datasetId>/<kind>.copy.zip} (see {@link CopyModelFiles}),
 * listed in the manifest's {@value #EXTENSION} extension as {@code {datasetId: [{kind, file, createdAt, accuracy}]}}.
 * As for propensity models (both use {@link KeptModelFiles}), the manifest entry is what counts: a file it does not list
 * is never loaded, and the accuracy is there so the workspace can say "Self-attention, 94%" without opening the zips.
 */
public final class CopyStore {
    static final String EXTENSION = "copy";

    private static final KeptModelFiles<CopyModel> FILES = new KeptModelFiles<>(EXTENSION, ".copy.zip", "accuracy",
            "copy classifiers", new KeptModelFiles.Family<>() {
                @Override public Enum<?> kind(CopyModel m) { return m.kind(); }
                @Override public String createdAt(CopyModel m) { return m.createdAt(); }
                @Override public double score(CopyModel m) { return m.test() == null ? Double.NaN : m.test().accuracy(); }
                @Override public void save(CopyModel m, Path file) { CopyModelFiles.save(m, file); }
                @Override public CopyModel load(Path file) { return CopyModelFiles.load(file); }
            });

    private CopyStore() {}

    /** Saves the models (replacing the dataset's earlier ones) and records them in the manifest. */
    public static void keep(Workspace ws, String datasetId, List<CopyModel> models) {
        FILES.keep(ws, datasetId, models);
    }

    /** The dataset's kept models in the order they were kept (attention first); empty when none. */
    public static KeptModels<CopyModel> kept(Workspace ws, String datasetId) {
        return FILES.kept(ws, datasetId);
    }
}
