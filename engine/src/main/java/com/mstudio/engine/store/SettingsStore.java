package com.mstudio.engine.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mstudio.engine.api.AppSettings;
import com.mstudio.engine.api.StudioException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * {@code settings.json} in the settings folder the app passes in (e.g. {@code ~/.marketing-studio}). Settings are
 * convenience, not work: a damaged file is moved aside to {@code settings.json.damaged} and defaults are used, so a
 * bad file can never keep the app from starting.
 */
public final class SettingsStore {
    private static final Logger log = LoggerFactory.getLogger(SettingsStore.class);
    private final Path file;
    private final ObjectMapper json = Json.newMapper();

    public SettingsStore(Path settingsFolder) {
        this.file = settingsFolder.resolve("settings.json");
    }

    public Path file() {
        return file;
    }

    public AppSettings load() {
        if (!Files.exists(file)) return AppSettings.defaults();
        try {
            AppSettings s = json.readValue(Files.readAllBytes(file), AppSettings.class);
            return s == null ? AppSettings.defaults() : s;
        } catch (IOException e) {
            log.warn("Settings file {} is damaged ({}); using defaults", file, String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            try {
                Files.move(file, file.resolveSibling("settings.json.damaged"), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException ignored) {
                // It stays where it is and is overwritten by the next save.
            }
            return AppSettings.defaults();
        }
    }

    public void save(AppSettings settings) {
        try {
            AtomicFiles.write(file, json.writeValueAsBytes(new AppSettings(AppSettings.FORMAT_VERSION,
                    settings.lastWorkspace(), settings.theme(), settings.extensions())));
        } catch (IOException e) {
            throw new StudioException("Could not save the settings: " + e.getMessage(), file, -1, null, e);
        }
    }
}
