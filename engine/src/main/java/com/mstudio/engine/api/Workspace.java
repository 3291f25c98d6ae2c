package com.mstudio.engine.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;

/**
 * An open workspace folder. Thread-safe. Changes to the manifest are kept in memory and saved shortly afterwards
 * (autosave, coalescing bursts); data files are written when a dataset is saved. {@link #close()} saves what is pending.
 */
public interface Workspace extends AutoCloseable {
    Path folder();

    /** What the user should be told about how this workspace was opened (e.g. restored from its backup); usually empty. */
    List<String> notices();

    /** Adds to {@link #notices()}: something the user should be told (a kept file that could not be read...). */
    default void addNotice(String notice) {}

    /** The current manifest, including changes not yet on disk. */
    WorkspaceManifest manifest();

    /** Changes the manifest; it is saved within about a second. */
    void update(UnaryOperator<WorkspaceManifest> change);

    /**
     * Saves {@code table} (the original values) as a new dataset on the I/O lane, then lists it in the manifest.
     *
     * @param maskedColumns columns to show masked (from {@link PiiService#detect}, confirmed by the user)
     */
    JobHandle<DatasetEntry> addDataset(String name, DataTable table, String sourceFile, String importSummary,
                                       List<String> maskedColumns, Executor events, JobListener<? super DatasetEntry> listener);

    /** Reads a dataset on the I/O lane, masked as its entry says: {@link MaskedTable#masked()} is what to show. */
    JobHandle<MaskedTable> openDataset(String id, Executor events, JobListener<? super MaskedTable> listener);

    /** The table to show for an opened dataset, honouring the entry's unmasked columns. */
    DataTable view(MaskedTable table, String id);

    /**
     * Chooses which of a dataset's masked columns are shown with their original values (the rest stay masked).
     * Remembered in the manifest; an empty set masks everything again.
     */
    void setUnmasked(String id, java.util.Set<String> columns);

    /**
     * Keeps a fresh import in the workspace as its active dataset: detects personal data and masks those columns by
     * default, saves the original values and the import's schema and report, and returns what to show. Runs on the I/O
     * lane; a failure or cancel leaves the workspace as it was.
     */
    JobHandle<LoadedDataset> keepImport(String name, ImportResult imported, Executor events, JobListener<? super LoadedDataset> listener);

    /**
     * Masks a table that is not kept in the workspace (a file a saved model is applied to) by the workspace's rule:
     * detects personal data and masks those columns with this workspace's salt, so that equal values get the same
     * codes as in its datasets. {@link MaskedTable#masked()} is what to show and export; nothing is saved. Runs on the
     * I/O lane (large identifier-like columns take a while).
     *
     * @param name what the table is called, for progress messages ("new_customers.csv")
     */
    JobHandle<MaskedTable> maskPersonalData(String name, DataTable table, Executor events,
                                            JobListener<? super MaskedTable> listener);

    /** Makes dataset {@code id} the one the user has open: {@link #openActive} reads it, now and at the next start. */
    void setActiveDataset(String id);

    /** Reads the dataset the user had open last; the job's value is null when the workspace has none. */
    JobHandle<LoadedDataset> openActive(Executor events, JobListener<? super LoadedDataset> listener);

    /** Shows exactly {@code unmaskedColumns} of the masked columns in clear, remembers it, and returns the new view. Quick. */
    LoadedDataset withUnmasked(LoadedDataset dataset, Set<String> unmaskedColumns);

    /** Removes a dataset from the manifest and deletes its data file once the manifest is saved. */
    void removeDataset(String id);

    /** Writes pending manifest changes now and waits for them. */
    void flush();

    /** Flushes and stops autosaving. */
    @Override
    void close();
}
