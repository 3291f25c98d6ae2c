package com.mstudio.ui;

import java.nio.file.Path;
import java.util.List;

/**
 * The example files a new user can open in one click. The app decides where they live (the install's
 * {@code samples/} folder); the UI only lists them.
 */
@FunctionalInterface
public interface SampleCatalog {
    List<Sample> samples();

    /** @param title short name on the button, e.g. "Telco churn"; @param description one line under it */
    record Sample(String title, String description, Path file) {}

    static SampleCatalog none() {
        return List::of;
    }

    /**
     * Samples from files the app has already located (resolve them before the UI starts: this list is read on the
     * FX thread). Known samples get their friendly title and description; others are named after the file.
     */
    static SampleCatalog fromFiles(List<Path> files) {
        List<Sample> list = files.stream().map(SampleCatalog::describe).toList();
        return () -> list;
    }

    private static Sample describe(Path file) {
        String name = file.getFileName().toString();
        return switch (name) {
            case "wa_churn.csv" -> new Sample("Telco churn", "7,043 customers, 20 columns, and who churned", file);
            case "transactions.csv" -> new Sample("Shop orders", "25,463 orders of 2,000 customers, for RFM groups", file);
            case "messy_customers.csv" -> new Sample("Messy customers",
                    "A file full of problems, to see how the import report handles them", file);
            case "spam_subjects.csv" -> new Sample("Spam subject lines", "Email subject lines: spam or not (6,046, SpamAssassin)", file);
            case "fine_food_reviews_train.csv" -> new Sample("Food reviews", "Food reviews: great or not (4,000, Amazon)", file);
            case "chinese_ad_copy.csv" -> new Sample("Chinese ad copy", "300 Chinese ad lines: promotion or information", file);
            default -> new Sample(name.replaceFirst("\\.[^.]+$", "").replace('_', ' '), name, file);
        };
    }

    /** The labelled-copy samples of {@code all} (the Copy screen offers them while no dataset is open). */
    static List<Sample> copySamples(SampleCatalog all) {
        return all.samples().stream().filter(s -> COPY_SAMPLES.contains(String.valueOf(s.file().getFileName()))).toList();
    }

    /** The samples with labelled copy, for the Copy screen. */
    List<String> COPY_SAMPLES = List.of("spam_subjects.csv", "fine_food_reviews_train.csv", "chinese_ad_copy.csv");

    static SampleCatalog of(Sample... samples) {
        List<Sample> list = List.of(samples);
        return () -> list;
    }
}
