package com.mstudio.engine.api;

import java.util.List;
import java.util.Set;

/**
 * A dataset of the open workspace, ready to show.
 *
 * @param entry        its manifest entry (id, name, masked and unmasked columns)
 * @param tables       the original and the masked table
 * @param view         what to show, model and export: masked, except the columns the user unmasked
 * @param importRecord the schema and report of its import, or null for a dataset that did not come from a CSV
 * @param personalData what PII detection found when it was kept (empty when reopened: the entry lists the masked columns)
 */
public record LoadedDataset(DatasetEntry entry, MaskedTable tables, DataTable view, ImportRecord importRecord,
                            List<PiiFinding> personalData) {
    public LoadedDataset {
        personalData = List.copyOf(personalData);
    }

    /** The dataset as an import result, with the masked view as its table. */
    public ImportResult asImportResult() {
        return importRecord == null ? null : new ImportResult(view, importRecord.schema(), importRecord.report());
    }

    public Set<String> unmaskedColumns() {
        return Set.copyOf(entry.unmaskedColumns());
    }
}
