package com.mstudio.engine.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contents of a workspace's {@code workspace.json}. Immutable: changes make a copy with the {@code with...} methods.
 *
 * @param formatVersion {@link #FORMAT_VERSION} when written. Readers ignore fields they do not know, so a manifest from
 *                      a newer version still opens (and its unknown top-level fields are written back unchanged).
 * @param writtenBy     the app version that last saved it, e.g. "Marketing Studio 0.1.0"
 * @param createdAt     ISO-8601 instant
 * @param updatedAt     ISO-8601 instant of the last save
 * @param piiSalt       random per-workspace secret for masking personal data (hex); never leaves the workspace
 * @param datasets      the workspace's datasets, in the order the user sees them
 * @param extensions    open-ended room for later features ("segments", "models", ...): plain JSON values
 *                      (maps, lists, strings, numbers, booleans)
 */
public record WorkspaceManifest(int formatVersion, String writtenBy, String createdAt, String updatedAt, String piiSalt,
                                List<DatasetEntry> datasets, Map<String, Object> extensions) {
    public static final int FORMAT_VERSION = 1;

    public WorkspaceManifest {
        datasets = datasets == null ? List.of() : List.copyOf(datasets);
        extensions = extensions == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    /** The dataset with this id, or null. */
    public DatasetEntry dataset(String id) {
        for (DatasetEntry d : datasets) if (d.id().equals(id)) return d;
        return null;
    }

    public WorkspaceManifest withDatasets(List<DatasetEntry> newDatasets) {
        return new WorkspaceManifest(formatVersion, writtenBy, createdAt, updatedAt, piiSalt, newDatasets, extensions);
    }

    /** Adds the entry, or replaces the one with the same id in place. */
    public WorkspaceManifest withDataset(DatasetEntry entry) {
        List<DatasetEntry> list = new ArrayList<>(datasets);
        int i = 0;
        while (i < list.size() && !list.get(i).id().equals(entry.id())) i++;
        if (i < list.size()) list.set(i, entry); else list.add(entry);
        return withDatasets(list);
    }

    public WorkspaceManifest withoutDataset(String id) {
        return withDatasets(datasets.stream().filter(d -> !d.id().equals(id)).toList());
    }

    /** Sets (or with null removes) one extension entry. */
    public WorkspaceManifest withExtension(String key, Object value) {
        Map<String, Object> m = new LinkedHashMap<>(extensions);
        if (value == null) m.remove(key); else m.put(key, value);
        return new WorkspaceManifest(formatVersion, writtenBy, createdAt, updatedAt, piiSalt, datasets, m);
    }

    /** The copy that is written: current format, this app version, the save time. */
    public WorkspaceManifest stamped(String appVersion, String now) {
        return new WorkspaceManifest(FORMAT_VERSION, appVersion, createdAt, now, piiSalt, datasets, extensions);
    }
}
