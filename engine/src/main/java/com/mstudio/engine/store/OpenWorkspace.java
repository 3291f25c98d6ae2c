package com.mstudio.engine.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.DatasetEntry;
import com.mstudio.engine.api.ImportResult;
import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.LoadedDataset;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.JobRunner;
import com.mstudio.engine.api.Lane;
import com.mstudio.engine.api.MaskedTable;
import com.mstudio.engine.api.PiiFinding;
import com.mstudio.engine.api.PiiService;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.api.Workspace;
import com.mstudio.engine.api.WorkspaceManifest;
import com.mstudio.engine.data.Dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * An open workspace. The manifest lives in an {@link AtomicReference} (changed from any thread), and is saved by the
 * {@link Autosaver}'s thread only. Each save first copies the last good manifest to {@code workspace.json.bak}, then
 * replaces {@code workspace.json}; both writes are atomic, so a crash leaves a readable manifest in both files.
 */
final class OpenWorkspace implements Workspace {
    static final String MANIFEST = "workspace.json";
    static final String BACKUP = "workspace.json.bak";
    static final Duration AUTOSAVE_DELAY = Duration.ofMillis(750);
    static final Duration AUTOSAVE_MAX_DELAY = Duration.ofSeconds(5);

    private final Path folder;
    private final JobRunner jobs;
    private final PiiService pii;
    private final ManifestCodec codec;
    private final String appVersion;
    private final Clock clock;
    private final AtomicReference<WorkspaceManifest> current;
    private final ObjectNode unknownFields;
    private final Autosaver autosaver;
    private final Object saveLock = new Object();
    private final DatasetKeeper keeper;
    private final List<String> notices = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<Path> deleteAfterSave = new ArrayList<>();
    private volatile boolean closed;
    private byte[] lastGood;              // the bytes now in workspace.json; guarded by saveLock
    private WorkspaceManifest lastSaved;  // guarded by saveLock

    OpenWorkspace(Path folder, ManifestCodec.Decoded decoded, byte[] bytesOnDisk, JobRunner jobs, PiiService pii,
                  ManifestCodec codec, String appVersion, Clock clock) {
        this.folder = folder;
        this.jobs = jobs;
        this.pii = pii;
        this.codec = codec;
        this.appVersion = appVersion;
        this.clock = clock;
        this.current = new AtomicReference<>(decoded.manifest());
        this.unknownFields = decoded.unknown();
        this.lastGood = bytesOnDisk;
        this.lastSaved = bytesOnDisk == null ? null : decoded.manifest();
        this.keeper = new DatasetKeeper(this, pii);
        this.autosaver = new Autosaver("studio-autosave-" + folder.getFileName(), this::save, AUTOSAVE_DELAY, AUTOSAVE_MAX_DELAY);
    }

    @Override public Path folder() { return folder; }
    @Override public List<String> notices() { return List.copyOf(notices); }

    @Override
    public void addNotice(String notice) {
        notices.add(notice);
    }
    @Override public WorkspaceManifest manifest() { return current.get(); }

    @Override
    public void update(UnaryOperator<WorkspaceManifest> change) {
        current.updateAndGet(change);
        // A job that finishes after close() (a dataset still being written) must not lose its entry: save directly.
        if (closed) save(); else autosaver.changed();
    }

    /** Writes the manifest if it changed since the last save. Runs on the autosave thread (or in flush). */
    void save() {
        synchronized (saveLock) {
            WorkspaceManifest m = current.get();
            if (m.equals(lastSaved)) return;
            WorkspaceManifest stamped = m.stamped(appVersion, clock.instant().toString());
            byte[] bytes = codec.encode(stamped, unknownFields);
            Path manifest = folder.resolve(MANIFEST);
            try {
                if (lastGood != null) AtomicFiles.write(folder.resolve(BACKUP), lastGood);
                AtomicFiles.write(manifest, bytes);
            } catch (IOException e) {
                throw new StudioException("Could not save the workspace: " + e.getMessage(), manifest, -1, null, e);
            }
            lastGood = bytes;
            // Show the stamp (updatedAt) unless the manifest changed meanwhile; the next save stamps that one.
            lastSaved = current.compareAndSet(m, stamped) ? stamped : m;
            deleteRemovedFiles();
        }
    }

    /** Data files of removed datasets go only after the manifest no longer lists them, so a crash loses nothing listed. */
    private void deleteRemovedFiles() {
        List<Path> files;
        synchronized (deleteAfterSave) {
            files = new ArrayList<>(deleteAfterSave);
            deleteAfterSave.clear();
        }
        for (Path p : files) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // An orphan data file wastes space but harms nothing.
            }
        }
    }

    @Override
    public JobHandle<DatasetEntry> addDataset(String name, DataTable table, String sourceFile, String importSummary,
                                              List<String> maskedColumns, Executor events,
                                              JobListener<? super DatasetEntry> listener) {
        Dataset data = Dataset.of(table);
        List<String> masked = List.copyOf(maskedColumns);
        for (String c : masked) {
            if (data.indexOf(c) < 0) throw new StudioException("There is no column \"" + c + "\" to mask.");
        }
        return jobs.submit("Save dataset " + name, Lane.IO, ctx -> {
            ctx.checkCancelled();
            ctx.progress(-1, "Saving " + name);
            DatasetEntry entry = writeDataset(data, name, sourceFile, importSummary, masked);
            update(m -> m.withDataset(entry));
            ctx.progress(1, "Saved " + name);
            return entry;
        }, events, listener);
    }

    /**
     * Writes a dataset's file under a new id and returns its entry, without listing it yet: callers add the entry to
     * the manifest only once everything else they write has succeeded (at worst a failure leaves an orphan file).
     */
    DatasetEntry writeDataset(Dataset data, String name, String sourceFile, String importSummary, List<String> masked) {
        String id = newId();
        String dataFile = "data/" + id + ".msd";
        DatasetFile.write(data, folder.resolve(dataFile));
        return new DatasetEntry(id, name, sourceFile, importSummary, dataFile, data.rowCount(), data.columnCount(),
                masked, List.of());
    }

    @Override
    public JobHandle<LoadedDataset> keepImport(String name, ImportResult imported, Executor events,
                                               JobListener<? super LoadedDataset> listener) {
        return jobs.submit("Keep " + name + " in the workspace", Lane.IO, ctx -> keeper.keep(name, imported, ctx), events, listener);
    }

    @Override
    public JobHandle<MaskedTable> maskPersonalData(String name, DataTable table, Executor events,
                                                   JobListener<? super MaskedTable> listener) {
        String salt = current.get().piiSalt();
        return jobs.submit("Mask personal data in " + name, Lane.IO, ctx -> {
            ctx.progress(-1, "Looking for personal data in " + name);
            List<String> columns = pii.detect(table).stream().map(PiiFinding::column).toList();
            ctx.checkCancelled();
            if (!columns.isEmpty()) ctx.progress(-1, "Masking personal data in " + name);
            return pii.mask(table, columns, salt);
        }, events, listener);
    }

    @Override
    public void setActiveDataset(String id) {
        entry(id); // an unknown id is refused with the workspace's own words
        update(m -> m.withExtension(DatasetKeeper.ACTIVE_DATASET, id));
    }

    @Override
    public JobHandle<LoadedDataset> openActive(Executor events, JobListener<? super LoadedDataset> listener) {
        return jobs.submit("Reopen the last dataset", Lane.IO, keeper::openActive, events, listener);
    }

    @Override
    public LoadedDataset withUnmasked(LoadedDataset dataset, Set<String> unmaskedColumns) {
        return keeper.withUnmasked(dataset, unmaskedColumns);
    }

    private String newId() {
        while (true) {
            String id = "ds-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
            if (current.get().dataset(id) == null && !Files.exists(folder.resolve("data/" + id + ".msd"))) return id;
        }
    }

    @Override
    public JobHandle<MaskedTable> openDataset(String id, Executor events, JobListener<? super MaskedTable> listener) {
        DatasetEntry entry = entry(id);
        String salt = current.get().piiSalt();
        return jobs.submit("Open dataset " + entry.name(), Lane.IO, ctx -> {
            ctx.progress(-1, "Reading " + entry.name());
            Dataset data = DatasetFile.read(folder.resolve(entry.dataFile()));
            ctx.checkCancelled();
            return pii.mask(data, entry.maskedColumns(), salt);
        }, events, listener);
    }

    @Override
    public DataTable view(MaskedTable table, String id) {
        return pii.view(table, Set.copyOf(entry(id).unmaskedColumns()));
    }

    @Override
    public void setUnmasked(String id, Set<String> columns) {
        DatasetEntry e = entry(id);
        for (String c : columns) {
            if (!e.maskedColumns().contains(c)) {
                throw new StudioException("Column \"" + c + "\" of " + e.name() + " is not masked.", null, -1, c);
            }
        }
        List<String> ordered = e.maskedColumns().stream().filter(columns::contains).toList();
        update(m -> m.withDataset(m.dataset(id).withMasking(m.dataset(id).maskedColumns(), ordered)));
    }

    @Override
    public void removeDataset(String id) {
        DatasetEntry entry = entry(id);
        synchronized (deleteAfterSave) {
            deleteAfterSave.add(folder.resolve(entry.dataFile()));
            deleteAfterSave.add(ImportRecords.fileFor(folder.resolve(entry.dataFile())));
        }
        update(m -> m.withoutDataset(id));
    }

    private DatasetEntry entry(String id) {
        DatasetEntry e = current.get().dataset(id);
        if (e == null) throw new StudioException("This workspace has no dataset with id " + id + ".");
        return e;
    }

    @Override
    public void flush() {
        autosaver.changed();
        autosaver.flush();
    }

    @Override
    public void close() {
        closed = true;
        autosaver.changed();
        autosaver.close();
    }
}
