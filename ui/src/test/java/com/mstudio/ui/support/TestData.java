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

    public static Path churn() {
        return sharedData("wa_churn.csv");
    }

    public static Path write(Path dir, String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    /** A CSV with a stray word in a numeric column and a ragged row: the report then has rejections. */
    public static String smallWithProblems() {
        return "id,age,plan,spend\n1,34,basic,12.5\n2,41,pro,80.0\n3,abc,basic,11.0\n4,29,pro\n5,52,basic,19.9\n6,,pro,60\n";
    }
}
