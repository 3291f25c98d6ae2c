package com.mstudio.engine.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mstudio.engine.api.ImportRecord;
import com.mstudio.engine.api.StudioException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The sidecar {@code data/<id>.import.json} beside a dataset file: the schema and the full import report (which can list
 * thousands of rejections, too many for the manifest). Versioned like every file the studio writes.
 */
final class ImportRecords {
    static final int FORMAT_VERSION = 1;
    private final ObjectMapper mapper = Json.newMapper();

    /** The JSON document: a version and the record. */
    record Document(int formatVersion, ImportRecord record) {}

    static Path fileFor(Path dataFile) {
        String name = dataFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dataFile.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".import.json");
    }

    void write(ImportRecord record, Path file) {
        try {
            AtomicFiles.write(file, mapper.writeValueAsBytes(new Document(FORMAT_VERSION, record)));
        } catch (IOException e) {
            throw new StudioException("Could not save the import report: " + e.getMessage(), file, -1, null, e);
        }
    }

    /** The record, or null when the dataset has none (it did not come from a CSV, or the sidecar was deleted). */
    ImportRecord read(Path file) {
        try {
            return mapper.readValue(Files.readAllBytes(file), Document.class).record();
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            // The data is still good without its report: show the data, say the report could not be read.
            throw new StudioException("The import report " + file.getFileName() + " is damaged: " + e.getMessage(), file, -1, null, e);
        }
    }
}
