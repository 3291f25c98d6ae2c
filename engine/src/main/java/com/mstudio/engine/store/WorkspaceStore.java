package com.mstudio.engine.store;

import com.mstudio.engine.api.AppSettings;
import com.mstudio.engine.api.JobRunner;
import com.mstudio.engine.api.PiiService;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.api.Workspace;
import com.mstudio.engine.api.WorkspaceManifest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * Workspaces on disk and the app settings that remember the last one. All folders are passed in by the composition
 * root (e.g. settings in {@code ~/.marketing-studio}, new workspaces under {@code ~/MarketingStudio}), so tests run
 * in temporary folders.
 */
public final class WorkspaceStore implements com.mstudio.engine.api.WorkspaceService {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(WorkspaceStore.class);
    private final JobRunner jobs;
    private final PiiService pii;
    private final Path workspacesRoot;
    private final String appVersion;
    private final Clock clock;
    private final SettingsStore settingsStore;
    private final AtomicReference<AppSettings> settings;
    private final ManifestCodec codec = new ManifestCodec();
    private final SecureRandom random = new SecureRandom();

    public WorkspaceStore(JobRunner jobs, PiiService pii, Path settingsFolder, Path workspacesRoot, String appVersion) {
        this(jobs, pii, settingsFolder, workspacesRoot, appVersion, Clock.systemUTC());
    }

    public WorkspaceStore(JobRunner jobs, PiiService pii, Path settingsFolder, Path workspacesRoot, String appVersion,
                          Clock clock) {
        this.jobs = jobs;
        this.pii = pii;
        this.workspacesRoot = workspacesRoot;
        this.appVersion = appVersion;
        this.clock = clock;
        this.settingsStore = new SettingsStore(settingsFolder);
        this.settings = new AtomicReference<>(settingsStore.load());
    }

    @Override
    public Workspace open(Path folder) {
        Path file = folder.resolve(OpenWorkspace.MANIFEST);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            String hint = Files.exists(folder.resolve(OpenWorkspace.BACKUP)) ? " A backup (" + OpenWorkspace.BACKUP
                    + ") is there: restore it to go on." : "";
            throw new StudioException("There is no workspace in " + folder + ": " + OpenWorkspace.MANIFEST + " is missing." + hint,
                    file, -1, null, e);
        } catch (IOException e) {
            throw new StudioException("Could not read the workspace: " + e.getMessage(), file, -1, null, e);
        }
        ManifestCodec.Decoded decoded = codec.decode(bytes, file);
        AtomicFiles.deleteLeftovers(folder);
        if (Files.isDirectory(folder.resolve("data"))) AtomicFiles.deleteLeftovers(folder.resolve("data"));
        Workspace ws = new OpenWorkspace(folder, decoded, bytes, jobs, pii, codec, appVersion, clock);
        remember(folder);
        return ws;
    }

    @Override
    public Workspace create(Path folder) {
        if (Files.exists(folder.resolve(OpenWorkspace.MANIFEST))) {
            throw new StudioException("There is already a workspace in " + folder + ".", folder, -1, null);
        }
        try {
            Files.createDirectories(folder.resolve("data"));
        } catch (IOException e) {
            throw new StudioException("Could not create the workspace folder: " + e.getMessage(), folder, -1, null, e);
        }
        byte[] salt = new byte[32];
        random.nextBytes(salt);
        String now = clock.instant().toString();
        WorkspaceManifest m = new WorkspaceManifest(WorkspaceManifest.FORMAT_VERSION, appVersion, now, now,
                HexFormat.of().formatHex(salt), List.of(), Map.of());
        OpenWorkspace ws = new OpenWorkspace(folder, new ManifestCodec.Decoded(m, null), null, jobs, pii, codec, appVersion, clock);
        ws.save(); // a new workspace exists on disk at once, so "reopen the last one" finds it even after a crash
        remember(folder);
        return ws;
    }

    /**
     * Never fails on a damaged last workspace: the app must still start. It restores the backup when that is good,
     * otherwise starts a fresh workspace and leaves the damaged folder untouched; either way
     * {@link Workspace#notices()} tells the user what happened.
     */
    @Override
    public Workspace openLastOrCreate() {
        String last = settings.get().lastWorkspace();
        if (last == null || !Files.exists(Path.of(last).resolve(OpenWorkspace.MANIFEST))) return create(nextFreeFolder());
        Path folder = Path.of(last);
        try {
            return open(folder);
        } catch (StudioException damaged) {
            log.warn("Last workspace could not be opened: {}", damaged.getMessage());
            try {
                restoreBackup(folder);
                OpenWorkspace ws = (OpenWorkspace) open(folder);
                ws.addNotice("The workspace file " + OpenWorkspace.MANIFEST + " in " + folder + " was damaged, so the last good"
                        + " copy was restored from " + OpenWorkspace.BACKUP + ". The damaged file was kept beside it.");
                return ws;
            } catch (StudioException noBackup) {
                OpenWorkspace ws = (OpenWorkspace) create(nextFreeFolder());
                ws.addNotice("Your last workspace, " + folder + ", could not be opened: " + damaged.reason()
                        + " It was left as it is; this new workspace was started instead.");
                return ws;
            }
        }
    }

    /** "Workspace 1", "Workspace 2"... the first that does not exist yet (or is an empty folder). */
    Path nextFreeFolder() {
        for (int i = 1; ; i++) {
            Path p = workspacesRoot.resolve("Workspace " + i);
            if (!Files.exists(p)) return p;
            try (var entries = Files.list(p)) {
                if (entries.findAny().isEmpty()) return p;
            } catch (IOException ignored) {
                // Not usable: try the next name.
            }
        }
    }

    @Override
    public void restoreBackup(Path folder) {
        Path file = folder.resolve(OpenWorkspace.MANIFEST);
        Path backup = folder.resolve(OpenWorkspace.BACKUP);
        try {
            byte[] good = Files.readAllBytes(backup);
            codec.decode(good, backup); // refuse to restore a backup that is itself broken
            if (Files.exists(file)) {
                Files.copy(file, folder.resolve(OpenWorkspace.MANIFEST + ".damaged-" + clock.millis()));
            }
            AtomicFiles.write(file, good);
        } catch (NoSuchFileException e) {
            throw new StudioException("There is no backup to restore in " + folder + ".", backup, -1, null, e);
        } catch (IOException e) {
            throw new StudioException("Could not restore the backup: " + e.getMessage(), backup, -1, null, e);
        }
    }

    @Override
    public AppSettings settings() {
        return settings.get();
    }

    @Override
    public synchronized AppSettings updateSettings(UnaryOperator<AppSettings> change) {
        AppSettings next = settings.updateAndGet(change);
        settingsStore.save(next);
        return next;
    }

    private void remember(Path folder) {
        String path = folder.toAbsolutePath().normalize().toString();
        if (!path.equals(settings.get().lastWorkspace())) updateSettings(s -> s.withLastWorkspace(path));
    }
}
