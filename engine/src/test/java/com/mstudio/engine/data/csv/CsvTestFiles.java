package com.mstudio.engine.data.csv;

import com.mstudio.engine.api.PlainJobContext;
import com.mstudio.engine.api.ImportOptions;
import com.mstudio.engine.api.ImportResult;
import com.mstudio.engine.api.StudioException;
import org.junit.jupiter.api.Assumptions;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** Finds the test files: the bad-input corpus on the classpath, and the shared real data next to the repository. */
final class CsvTestFiles {
    private CsvTestFiles() {}

    static Path corpus(String name) {
        URL url = CsvTestFiles.class.getResource("/bad-csv/" + name);
        if (url == null) throw new IllegalArgumentException("no corpus file " + name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A file of the shared data set; skips the test when the folder is not there (e.g. on a fresh CI checkout). */
    static Path sharedData(String name) {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) return requireFile(candidate.resolve(name));
            Path sibling = p.resolveSibling("shared").resolve("data");
            if (p.getParent() != null && Files.isDirectory(sibling)) return requireFile(sibling.resolve(name));
        }
        Assumptions.abort("shared/data not found from " + dir);
        return null;
    }

    /** The repository's root (the folder holding samples/). */
    static Path repoRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("samples")) && Files.isRegularFile(p.resolve("pom.xml"))) return p;
        }
        throw new IllegalStateException("repository root not found");
    }

    private static Path requireFile(Path f) {
        Assumptions.assumeTrue(Files.isRegularFile(f), "missing " + f);
        return f;
    }

    static ImportResult importFile(Path file) {
        return importFile(file, ImportOptions.detectAll());
    }

    static ImportResult importFile(Path file, ImportOptions options) {
        return new CsvImporter().importFile(file, options, new PlainJobContext());
    }

    static StudioException importFails(Path file) {
        return assertThrows(StudioException.class, () -> importFile(file));
    }
}
