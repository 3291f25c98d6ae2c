package com.mstudio.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the sample CSVs: the repository's {@code samples/} folder when the app runs from a checkout, otherwise the
 * copies inside studio.jar, extracted once to the settings folder (a user may have copied the jar anywhere).
 */
public final class SampleLocator {
    /** The samples the app offers, in the order shown. */
    public static final List<String> SAMPLE_FILES = List.of("wa_churn.csv", "transactions.csv", "messy_customers.csv",
            "spam_subjects.csv", "fine_food_reviews_train.csv", "chinese_ad_copy.csv");

    private final Path settingsDir;

    public SampleLocator(Path settingsDir) {
        this.settingsDir = settingsDir;
    }

    /** The sample files that exist, as paths on disk. */
    public List<Path> samples() {
        Path dir = folderOnDisk();
        List<Path> found = new ArrayList<>();
        for (String name : SAMPLE_FILES) {
            Path p = dir == null ? extract(name) : dir.resolve(name);
            if (p != null && Files.isRegularFile(p)) found.add(p);
        }
        return found;
    }

    /**
     * A file in the samples folder on disk (a checkout, or {@code -Dstudio.samples}), or null: for benchmarks that
     * read a sample the app does not offer in its list.
     */
    public static Path onDisk(String name) {
        Path dir = folderOnDisk();
        Path p = dir == null ? null : dir.resolve(name);
        return p != null && Files.isRegularFile(p) ? p : null;
    }

    private static Path folderOnDisk() {
        String prop = System.getProperty("studio.samples");
        if (prop != null && Files.isDirectory(Path.of(prop))) return Path.of(prop);
        List<Path> candidates = new ArrayList<>();
        try {
            Path codeSource = Path.of(SampleLocator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // app/target/studio.jar or app/target/classes → the checkout's samples/
            Path appTarget = codeSource.getParent();
            if (appTarget != null && appTarget.getParent() != null && appTarget.getParent().getParent() != null) {
                candidates.add(appTarget.getParent().getParent().resolve("samples"));
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // no code source: fall through to the working directory
        }
        candidates.add(Path.of("samples").toAbsolutePath());
        for (Path c : candidates) if (Files.isRegularFile(c.resolve(SAMPLE_FILES.get(0)))) return c;
        return null;
    }

    private Path extract(String name) {
        try (InputStream in = SampleLocator.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) return null;
            Path target = settingsDir.resolve("samples").resolve(name);
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), name, ".tmp");
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack the sample " + name, e);
        }
    }
}
