package com.mstudio.engine.predict;

import com.mstudio.engine.api.PropensityModel;
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
 * Propensity models kept in a workspace: each as {@code models/<datasetId>/<kind>.propensity.zip} (see
 * {@link PropensityModelFiles}), listed in the manifest's {@value #EXTENSION} extension as
 * {@code {datasetId: [{kind, file, createdAt, auc}]}}. The manifest entry is what counts: a file it does not list is
 * not loaded, and the AUC is there so the workspace can show "MLP, AUC 0.85" without opening the models.
 */
public final class PropensityStore {
    static final String EXTENSION = "propensity";
    static final String FOLDER = "models";

    private PropensityStore() {}

    /** Saves the models (replacing the dataset's earlier ones) and records them in the manifest. */
    public static void keep(Workspace ws, String datasetId, List<PropensityModel> models) {
        List<Map<String, Object>> entries = new ArrayList<>();
        Set<String> written = new HashSet<>();
        for (PropensityModel m : models) {
            String relative = FOLDER + "/" + safe(datasetId) + "/" + fileName(m.kind());
            if (!written.add(relative)) throw new IllegalArgumentException("two " + m.kind() + " models for one dataset");
            PropensityModelFiles.save(m, ws.folder().resolve(relative));
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("kind", m.kind().name());
            entry.put("file", relative);
            entry.put("createdAt", m.createdAt());
            double auc = m.test() == null ? Double.NaN : m.test().rocAuc();
            entry.put("auc", Double.isNaN(auc) ? null : auc); // JSON has no NaN
            entries.add(entry);
        }
        List<String> before = files(ws, ws.manifest().extensions().get(EXTENSION), datasetId);
        ws.update(m -> {
            Map<String, Object> all = new LinkedHashMap<>();
            if (m.extensions().get(EXTENSION) instanceof Map<?, ?> old) old.forEach((k, v) -> all.put(String.valueOf(k), v));
            if (entries.isEmpty()) all.remove(datasetId); else all.put(datasetId, entries);
            return m.withExtension(EXTENSION, all);
        });
        // A model kind that was trained before but not now: its file is no longer listed, so it goes too.
        for (String old : before) {
            if (written.contains(old)) continue;
            Path p = inside(ws, old);
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // An unlisted file is never loaded; leaving it only costs disk space.
            }
        }
    }

    /** The dataset's kept models in the order they were kept (MLP first); empty when none. */
    public static List<PropensityModel> kept(Workspace ws, String datasetId) {
        Object value = ws.manifest().extensions().get(EXTENSION);
        if (!(value instanceof Map<?, ?> all) || !all.containsKey(datasetId)) return List.of();
        List<PropensityModel> models = new ArrayList<>();
        for (String relative : files(ws, value, datasetId)) models.add(PropensityModelFiles.load(inside(ws, relative)));
        return models;
    }

    static String fileName(PropensityModel.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT) + ".propensity.zip";
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
        return new StudioException("The workspace's record of this dataset's propensity models is damaged.",
                ws.folder().resolve("workspace.json"), -1, null);
    }
}
