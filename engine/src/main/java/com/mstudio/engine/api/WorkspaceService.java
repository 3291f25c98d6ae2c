package com.mstudio.engine.api;

import java.nio.file.Path;

/**
 * Opens and creates workspace folders, and remembers the last one in the app settings. Opening reads only the small
 * manifest, so these calls are quick; datasets are read later as jobs ({@link Workspace#openDataset}).
 */
public interface WorkspaceService {
    /**
     * Opens an existing workspace.
     *
     * @throws StudioException naming {@code workspace.json} when the folder has none, when it is damaged (then the last
     *                         good version is still in {@code workspace.json.bak}: offer {@link #restoreBackup}), or when
     *                         it cannot be read
     */
    Workspace open(Path folder);

    /** Creates a new, empty workspace in {@code folder} (created if needed; it must not already hold a workspace). */
    Workspace create(Path folder);

    /** The workspace to show at start: the last one if it still exists, otherwise a fresh one under the default folder. */
    Workspace openLastOrCreate();

    /** Replaces a damaged {@code workspace.json} with {@code workspace.json.bak}, keeping the damaged file aside. */
    void restoreBackup(Path folder);

    AppSettings settings();

    /** Changes and saves the settings at once. */
    AppSettings updateSettings(java.util.function.UnaryOperator<AppSettings> change);
}
