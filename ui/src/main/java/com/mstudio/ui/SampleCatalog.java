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

    static SampleCatalog of(Sample... samples) {
        List<Sample> list = List.of(samples);
        return () -> list;
    }
}
