package com.mstudio.ui.common;

import com.mstudio.engine.api.Workspace;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Small UI state (selected tab, sidebar area, theme) kept in the workspace manifest under {@value #KEY}, so the app
 * reopens as it was left. The workspace autosaves shortly after a change; writing an unchanged value does nothing,
 * so callers may write on every selection without causing saves.
 */
public final class UiMemory {
    public static final String KEY = "ui";
    private final Workspace workspace;

    public UiMemory(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The remembered value, or {@code fallback} when none (or an older/newer app wrote something else there). */
    public String get(String name, String fallback) {
        Object v = section(workspace.manifest().extensions().get(KEY)).get(name);
        return v instanceof String s ? s : fallback;
    }

    public void put(String name, String value) {
        if (Objects.equals(get(name, null), value)) return;
        workspace.update(m -> {
            Map<String, Object> ui = new LinkedHashMap<>(section(m.extensions().get(KEY)));
            if (value == null) ui.remove(name); else ui.put(name, value);
            return m.withExtension(KEY, ui);
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Object v) {
        return v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
