package com.mstudio.engine.copy;

import com.mstudio.engine.api.CopyModel;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.api.Workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Copy classifiers kept in a workspace: each as {@code models/<datasetId>/<kind>.copy.zip} (see {@link CopyModelFiles}),
 * listed in the manifest's {@value #EXTENSION} extension as {@code {datasetId: [{kind, file, createdAt, accuracy}]}}.
 * As for propensity models, the manifest entry is what counts: a file it does not list is never loaded, and the
 * accuracy is there so the workspace can say "Self-attention, 94%" without opening the zips.
 */
public final class CopyStore {
    static final String EXTENSION = "copy";
    static final String FOLDER = "models";

    private CopyStore() {}

    /** Saves the models (replacing the dataset's earlier ones) and records them in the manifest. */
    public static void keep(Workspace ws, String datasetId, List<CopyModel> models) {
        List<Map<String, Object>> entries = new ArrayList<>();
        Set<String> written = new HashSet<>();
        for (CopyModel m : models) {
            String relative = FOLDER + "/" + safe(datasetId) + "/" + fileName(m.kind());
            if (!written.add(relative)) throw new IllegalArgumentException("two " + m.kind() + " models for one dataset");
            CopyModelFiles.save(m, ws.folder().resolve(relative));
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("kind", m.kind().name());
            entry.put("file", relative);
            entry.put("createdAt", m.createdAt());
            double accuracy = m.test() == null ? Double.NaN : m.test().accuracy();
            entry.put("accuracy", Double.isNaN(accuracy) ? null : accuracy); // JSON has no NaN
            entries.add(entry);
        }
        List<String> before = files(ws, ws.manifest().extensions().get(EXTENSION), datasetId);
        ws.update(m -> {
            Map<String, Object> all = new LinkedHashMap<>();
            if (m.extensions().get(EXTENSION) instanceof Map<?, ?> old) old.forEach((k, v) -> all.put(String.valueOf(k), v));
            if (entries.isEmpty()) all.remove(datasetId); else all.put(datasetId, entries);
            return m.withExtension(EXTENSION, all);
        });
        // A kind trained before but not now is no longer listed, so its file goes too.
        for (String old : before) {
            if (written.contains(old)) continue;
            try {
                Files.deleteIfExists(inside(ws, old));
            } catch (IOException ignored) {
                // An unlisted file is never loaded; leaving it only costs disk space.
            }
        }
    }

    /** The dataset's kept models in the order they were kept (attention first); empty when none. */
    public static List<CopyModel> kept(Workspace ws, String datasetId) {
        Object value = ws.manifest().extensions().get(EXTENSION);
        if (!(value instanceof Map<?, ?> all) || !all.containsKey(datasetId)) return List.of();
        List<CopyModel> models = new ArrayList<>();
        for (String relative : files(ws, value, datasetId)) models.add(CopyModelFiles.load(inside(ws, relative)));
        return models;
    }

    static String fileName(CopyModel.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT) + ".copy.zip";
    }

    /** Dataset ids are the workspace's own ("ds-1a2b3c4d"); anything else is made safe for a folder name. */
    static String safe(String datasetId) {
        return datasetId.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static List<String> files(Workspace ws, Object extension, String datasetId) {
        if (!(extension instanceof Map<?, ?> all)) return List.of();
        Object list = all.get(datasetId);
        if (list == null) return List.of();
        if (!(list instanceof List<?> entries)) throw damagedRecord(ws);
        List<String> files = new ArrayList<>();
        for (Object e : entries) {
            Object file = e instanceof Map<?, ?> m ? m.get("file") : null;
            if (!(file instanceof String f) || f.isBlank()) throw damagedRecord(ws);
            files.add(f);
        }
        return files;
    }

    private static Path inside(Workspace ws, String relative) {
        Path folder = ws.folder().toAbsolutePath().normalize();
        Path p = folder.resolve(relative).normalize();
        if (!p.startsWith(folder)) {
            throw new StudioException("The workspace points to a model file outside its folder.", p, -1, null);
        }
        return p;
    }

    private static StudioException damagedRecord(Workspace ws) {
        return new StudioException("The workspace's record of this dataset's copy classifiers is damaged.",
                ws.folder().resolve("workspace.json"), -1, null);
    }
}
