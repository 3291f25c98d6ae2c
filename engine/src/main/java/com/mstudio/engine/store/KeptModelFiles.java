package com.mstudio.engine.store;

import com.mstudio.engine.api.KeptModels;
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
 * Trained models kept per dataset in a workspace: each as {@code models/<datasetId>/<kind><suffix>}, listed in one
 * manifest extension as {@code {datasetId: [{kind, file, createdAt, <score>}]}}. The manifest entry is what counts: a
 * file it does not list is never loaded, and the score is there so the workspace can name a model's quality without
 * opening its zip. One instance per model family (propensity, copy); the family supplies only how a model is saved,
 * loaded and described.
 *
 * @param <M> the model record
 */
public final class KeptModelFiles<M> {
    public static final String FOLDER = "models";

    /** What the store needs to know about one model family. */
    public interface Family<M> {
        /** The model's kind, one file per kind and dataset. */
        Enum<?> kind(M model);

        /** ISO-8601 instant the model was made. */
        String createdAt(M model);

        /** The test score recorded next to the file; NaN when the model was not tested. */
        double score(M model);

        void save(M model, Path file);

        M load(Path file);
    }

    private final String extension;
    private final String fileSuffix;
    private final String scoreKey;
    private final String what;
    private final Family<M> family;

    /**
     * @param extension  the manifest extension's name
     * @param fileSuffix ends every file name, after the lower-case kind (".copy.zip")
     * @param scoreKey   the entry's key for {@link Family#score} ("auc")
     * @param what       the models in plain words, for the damaged-record error ("copy classifiers")
     */
    public KeptModelFiles(String extension, String fileSuffix, String scoreKey, String what, Family<M> family) {
        this.extension = extension;
        this.fileSuffix = fileSuffix;
        this.scoreKey = scoreKey;
        this.what = what;
        this.family = family;
    }

    /** Saves the models (replacing the dataset's earlier ones) and records them in the manifest. */
    public void keep(Workspace ws, String datasetId, List<M> models) {
        List<Map<String, Object>> entries = new ArrayList<>();
        Set<String> written = new HashSet<>();
        for (M m : models) {
            Enum<?> kind = family.kind(m);
            String relative = FOLDER + "/" + safe(datasetId) + "/" + fileName(kind);
            if (!written.add(relative)) throw new IllegalArgumentException("two " + kind + " models for one dataset");
            family.save(m, ws.folder().resolve(relative));
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("kind", kind.name());
            entry.put("file", relative);
            entry.put("createdAt", family.createdAt(m));
            double score = family.score(m);
            entry.put(scoreKey, Double.isNaN(score) ? null : score); // JSON has no NaN
            entries.add(entry);
        }
        List<String> before = files(ws, ws.manifest().extensions().get(extension), datasetId);
        ws.update(m -> {
            Map<String, Object> all = new LinkedHashMap<>();
            if (m.extensions().get(extension) instanceof Map<?, ?> old) old.forEach((k, v) -> all.put(String.valueOf(k), v));
            if (entries.isEmpty()) all.remove(datasetId); else all.put(datasetId, entries);
            return m.withExtension(extension, all);
        });
        // A kind trained before but not now is no longer listed, so its file goes too.
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

    /**
     * The dataset's kept models in the order they were kept, and a sentence for each listed file that could not be read
     * (those are skipped, so one damaged or retired file does not hide the rest).
     *
     * @throws StudioException when the manifest's record itself is damaged (then no file can be trusted)
     */
    public KeptModels<M> kept(Workspace ws, String datasetId) {
        Object value = ws.manifest().extensions().get(extension);
        if (!(value instanceof Map<?, ?> all) || !all.containsKey(datasetId)) return KeptModels.none();
        List<M> models = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (String relative : files(ws, value, datasetId)) {
            try {
                models.add(family.load(inside(ws, relative)));
            } catch (StudioException e) {
                unreadable.add(e.getMessage());
            }
        }
        return new KeptModels<>(models, unreadable);
    }

    public String fileName(Enum<?> kind) {
        return kind.name().toLowerCase(Locale.ROOT) + fileSuffix;
    }

    /** Dataset ids are the workspace's own ("ds-1a2b3c4d"); anything else is made safe for a folder name. */
    public static String safe(String datasetId) {
        return datasetId.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private List<String> files(Workspace ws, Object value, String datasetId) {
        if (!(value instanceof Map<?, ?> all)) return List.of();
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

    /**
     * The workspace file {@code relative} names, refused when the name leads outside the workspace folder (a hand-edited
     * or foreign workspace.json must not make the studio read other files).
     */
    public static Path inside(Workspace ws, String relative) {
        Path folder = ws.folder().toAbsolutePath().normalize();
        Path p = folder.resolve(relative).normalize();
        if (!p.startsWith(folder)) {
            throw new StudioException("The workspace points to a model file outside its folder.", p, -1, null);
        }
        return p;
    }

    private StudioException damagedRecord(Workspace ws) {
        return new StudioException("The workspace's record of this dataset's " + what + " is damaged.",
                ws.folder().resolve("workspace.json"), -1, null);
    }
}
