package com.mstudio.engine.api;

import java.util.List;

/**
 * One dataset of a workspace, as listed in its manifest.
 *
 * @param id               stable id, also the data file's name
 * @param name             what the user calls it
 * @param sourceFile       the file it was imported from (for display and re-import), or null
 * @param importSummary    the import options in words, e.g. "UTF-8, ';', header, decimal comma, 2 type overrides"
 * @param dataFile         the data file, relative to the workspace folder ("data/ds-1a2b3c4d.msd")
 * @param rows             row count
 * @param columns          column count
 * @param maskedColumns    columns masked as personal data (the data file keeps the original values; masking is applied
 *                         with the workspace salt when the dataset is opened)
 * @param unmaskedColumns  of those, the ones the user chose to show unmasked
 */
public record DatasetEntry(String id, String name, String sourceFile, String importSummary, String dataFile, int rows,
                           int columns, List<String> maskedColumns, List<String> unmaskedColumns) {
    public DatasetEntry {
        maskedColumns = maskedColumns == null ? List.of() : List.copyOf(maskedColumns);
        unmaskedColumns = unmaskedColumns == null ? List.of() : List.copyOf(unmaskedColumns);
    }

    public DatasetEntry withName(String newName) {
        return new DatasetEntry(id, newName, sourceFile, importSummary, dataFile, rows, columns, maskedColumns, unmaskedColumns);
    }

    public DatasetEntry withMasking(List<String> masked, List<String> unmasked) {
        return new DatasetEntry(id, name, sourceFile, importSummary, dataFile, rows, columns, masked, unmasked);
    }
}
