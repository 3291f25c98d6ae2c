package com.mstudio.engine.segment;

import com.mstudio.engine.api.SegmentModel;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.api.Workspace;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Segmentations kept in a workspace: the model as {@code segments/<datasetId>.segmentation.json} (atomic), and its
 * place in the manifest's "segmentations" extension ({@code {datasetId: {file, updatedAt}}}), so that the workspace
 * knows which datasets have one and a rename, which rewrites the file, survives closing the app.
 */
final class KeptSegmentations {
    static final String EXTENSION = "segmentations";
    static final String FOLDER = "segments";

    private final ModelFiles files;

    KeptSegmentations(ModelFiles files) {
        this.files = files;
    }

    void keep(Workspace workspace, String datasetId, SegmentModel model) {
        String relative = FOLDER + "/" + fileName(datasetId);
        files.save(model, workspace.folder().resolve(relative));
        String now = Instant.now().toString();
        workspace.update(m -> {
            Map<String, Object> all = new LinkedHashMap<>();
            entries(m.extensions().get(EXTENSION)).forEach((id, e) -> all.put(String.valueOf(id), e));
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("file", relative);
            entry.put("updatedAt", now);
            all.put(datasetId, entry);
            return m.withExtension(EXTENSION, all);
        });
    }

    Optional<SegmentModel> kept(Workspace workspace, String datasetId) {
        Object entry = entries(workspace.manifest().extensions().get(EXTENSION)).get(datasetId);
        if (entry == null) return Optional.empty();
        Object file = entry instanceof Map<?, ?> m ? m.get("file") : null;
        if (!(file instanceof String relative) || relative.isBlank()) {
            throw new StudioException("The workspace's record of the segmentation of this dataset is damaged.",
                    workspace.folder().resolve("workspace.json"), -1, null);
        }
        Path path = workspace.folder().resolve(relative).normalize();
        if (!path.startsWith(workspace.folder().normalize())) {
            throw new StudioException("The workspace points to a segmentation file outside its folder.", path, -1, null);
        }
        return Optional.of(files.load(path));
    }

    /** Dataset ids are the workspace's own ("ds-1a2b3c4d"); anything else is made safe for a file name. */
    static String fileName(String datasetId) {
        return datasetId.replaceAll("[^A-Za-z0-9._-]", "_") + ".segmentation.json";
    }

    private static Map<?, ?> entries(Object value) {
        return value instanceof Map<?, ?> m ? m : Map.of();
    }
}
