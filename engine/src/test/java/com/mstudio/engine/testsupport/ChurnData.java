package com.mstudio.engine.testsupport;

import com.mstudio.engine.api.ImportOptions;
import com.mstudio.engine.api.PlainJobContext;
import com.mstudio.engine.data.Dataset;
import com.mstudio.engine.data.csv.CsvImporter;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Telco churn sample (samples/wa_churn.csv, shipped with the repository, so it is there on every checkout), read
 * with the real CSV importer: 7,043 rows × 20 columns, `total_charges` with 11 missing cells.
 */
public final class ChurnData {
    public static final Path FILE = repoRoot().resolve("samples").resolve("wa_churn.csv");

    private ChurnData() {}

    public static Dataset load() {
        return Dataset.of(new CsvImporter().importFile(FILE, ImportOptions.detectAll(), new PlainJobContext()).table());
    }

    /** The repository's root: the nearest folder above the working directory with a pom.xml and samples/. */
    public static Path repoRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("samples")) && Files.isRegularFile(p.resolve("pom.xml"))) return p;
        }
        throw new IllegalStateException("repository root (pom.xml with samples/) not found above " + Path.of("").toAbsolutePath());
    }
}
