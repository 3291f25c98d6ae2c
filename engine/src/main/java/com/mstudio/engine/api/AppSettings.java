package com.mstudio.engine.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The user's app-wide settings ({@code settings.json} in the settings folder). Unknown fields are ignored on read.
 *
 * @param formatVersion {@link #FORMAT_VERSION} when written
 * @param lastWorkspace absolute path of the workspace open at the last exit, or null on first launch
 * @param theme         "light", "dark" or "system"
 * @param extensions    room for later settings without a format change
 */
public record AppSettings(int formatVersion, String lastWorkspace, String theme, Map<String, Object> extensions) {
    public static final int FORMAT_VERSION = 1;

    public AppSettings {
        theme = theme == null ? "system" : theme;
        extensions = extensions == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    public static AppSettings defaults() {
        return new AppSettings(FORMAT_VERSION, null, "system", Map.of());
    }

    public AppSettings withLastWorkspace(String path) {
        return new AppSettings(formatVersion, path, theme, extensions);
    }

    public AppSettings withTheme(String newTheme) {
        return new AppSettings(formatVersion, lastWorkspace, newTheme, extensions);
    }
}
