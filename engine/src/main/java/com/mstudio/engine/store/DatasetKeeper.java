package com.mstudio.engine.store;

import com.mstudio.engine.api.DatasetEntry;
import com.mstudio.engine.api.ImportRecord;
import com.mstudio.engine.api.ImportReport;
import com.mstudio.engine.api.ImportResult;
import com.mstudio.engine.api.JobContext;
import com.mstudio.engine.api.LoadedDataset;
import com.mstudio.engine.api.MaskedTable;
import com.mstudio.engine.api.PiiFinding;
import com.mstudio.engine.api.PiiService;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.data.Dataset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The import-to-workspace path of an open workspace: keep a fresh import (detect and mask personal data, save data and
 * report, make it active) and reopen the active dataset at start. Runs inside I/O-lane jobs that
 * {@link OpenWorkspace} submits.
 */
final class DatasetKeeper {
    /** Manifest extension key holding the id of the dataset the user has open. */
    static final String ACTIVE_DATASET = "activeDataset";
    private static final Logger log = LoggerFactory.getLogger(DatasetKeeper.class);

    private final OpenWorkspace workspace;
    private final PiiService pii;
    private final ImportRecords records = new ImportRecords();

    DatasetKeeper(OpenWorkspace workspace, PiiService pii) {
        this.workspace = workspace;
        this.pii = pii;
    }

    LoadedDataset keep(String name, ImportResult imported, JobContext ctx) {
        Dataset data = Dataset.of(imported.table());
        ctx.progress(0.05, "Looking for personal data in " + name);
        List<PiiFinding> findings = pii.detect(data);
        List<String> masked = findings.stream().map(PiiFinding::column).toList();
        ctx.checkCancelled();
        ctx.progress(0.3, "Saving " + name + " in the workspace");
        DatasetEntry entry = workspace.writeDataset(data, name, sourceOf(imported.report()), summaryOf(imported.report()), masked);
        ImportRecord record = new ImportRecord(imported.schema(), imported.report());
        records.write(record, ImportRecords.fileFor(workspace.folder().resolve(entry.dataFile())));
        ctx.checkCancelled();
        ctx.progress(0.8, "Masking personal data");
        MaskedTable tables = pii.mask(data, masked, workspace.manifest().piiSalt());
        // Only now does the workspace learn of it: a cancel or failure above leaves at most an orphan file.
        workspace.update(m -> m.withDataset(entry).withExtension(ACTIVE_DATASET, entry.id()));
        return new LoadedDataset(entry, tables, tables.masked(), record, findings);
    }

    /** The active dataset, or null when there is none (or its entry was removed). */
    LoadedDataset openActive(JobContext ctx) {
        Object id = workspace.manifest().extensions().get(ACTIVE_DATASET);
        DatasetEntry entry = id == null ? null : workspace.manifest().dataset(id.toString());
        if (entry == null) return null;
        ctx.progress(-1, "Reopening " + entry.name());
        Path dataPath = workspace.folder().resolve(entry.dataFile());
        if (!Files.exists(dataPath)) {
            throw new StudioException("The data of \"" + entry.name() + "\" is missing from the workspace (" + entry.dataFile()
                    + "). Import the file again.", dataPath, -1, null);
        }
        Dataset data = DatasetFile.read(dataPath);
        ctx.checkCancelled();
        ImportRecord record = readRecordOrNull(ImportRecords.fileFor(dataPath));
        MaskedTable tables = pii.mask(data, entry.maskedColumns(), workspace.manifest().piiSalt());
        return new LoadedDataset(entry, tables, pii.view(tables, Set.copyOf(entry.unmaskedColumns())), record, List.of());
    }

    LoadedDataset withUnmasked(LoadedDataset dataset, Set<String> unmasked) {
        workspace.setUnmasked(dataset.entry().id(), unmasked);
        DatasetEntry entry = workspace.manifest().dataset(dataset.entry().id());
        return new LoadedDataset(entry, dataset.tables(), pii.view(dataset.tables(), unmasked), dataset.importRecord(),
                dataset.personalData());
    }

    private ImportRecord readRecordOrNull(Path file) {
        try {
            return records.read(file);
        } catch (StudioException e) {
            log.warn("{}", e.getMessage()); // the data itself is fine; the screen shows it without the old report
            return null;
        }
    }

    private static String sourceOf(ImportReport r) {
        return r.file() == null ? null : r.file().toAbsolutePath().toString();
    }

    private static String summaryOf(ImportReport r) {
        var d = r.dialect();
        return d.encoding() + ", " + d.delimiterName() + (d.hasHeader() ? ", header" : ", no header")
                + (d.decimalComma() ? ", decimal comma" : "") + "; " + r.rowsImported() + " of " + r.rowsRead() + " rows imported";
    }

}
