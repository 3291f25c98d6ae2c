package com.mstudio.ui.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Real files for tests: the shared data folder (found by walking up from the working dir) and temp files. */
public final class TestData {
    private TestData() {}

    public static Path sharedData(String name) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path p = dir.resolve("shared").resolve("data").resolve(name);
            if (Files.exists(p)) return p;
            Path s = dir.resolve("samples").resolve(name);
            if (Files.exists(s)) return s;
            dir = dir.getParent();
        }
        throw new IllegalStateException("shared/data/" + name + " not found above " + Path.of("").toAbsolutePath());
    }

    /** The repository's root (the folder with {@code samples/} and the top-level pom), found from the working dir. */
    public static Path repoRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("samples")) && Files.exists(dir.resolve("pom.xml"))) return dir;
        }
        throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
    }

    public static Path churn() {
        return sharedData("wa_churn.csv");
    }

    /**
     * A real CSV big enough that its import is still running when a test reacts to its first progress event: the
     * benchmark's mixed-type file (fixed seed), so cancel tests run the real importer rather than a slowed-down stand-in.
     */
    public static Path big(Path dir, String name, int rows) throws IOException {
        Path file = dir.resolve(name);
        com.mstudio.engine.data.csv.ImportBenchmark.generate(file, rows, 8, com.mstudio.engine.data.csv.ImportBenchmark.SEED);
        return file;
    }

    public static Path write(Path dir, String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    /**
     * 120 customers with problems the report must show: a stray word in the numeric age column (line 31), a ragged
     * row (line 61) and an empty age (line 91, a missing cell, not a problem).
     */
    public static String smallWithProblems() {
        StringBuilder b = new StringBuilder("id,age,plan,spend\n");
        for (int i = 1; i <= 120; i++) {
            String age = i == 30 ? "abc" : i == 90 ? "" : String.valueOf(18 + i * 7 % 60);
            if (i == 60) {
                b.append(i).append(',').append(age).append(",pro\n");
                continue;
            }
            b.append(i).append(',').append(age).append(',').append(i % 3 == 0 ? "pro" : "basic").append(',')
                    .append(i * 13 % 200).append('.').append(i % 10).append('\n');
        }
        return b.toString();
    }
}
