package com.mstudio.ui;

import javafx.application.Application;
import javafx.stage.Stage;

import java.util.Objects;

/**
 * The JavaFX entry point. JavaFX instantiates Application subclasses itself with a no-argument constructor, so the
 * services cannot be injected; {@link #launch(UiServices)} parks them in the one static field of the UI, read
 * exactly once in {@link #start}. Everything below it is constructor-injected.
 */
public final class StudioApplication extends Application {
    /** The one allowed static: the hand-over from the launcher to JavaFX's own instantiation. */
    private static volatile UiServices services;

    /** Starts JavaFX and blocks until the last window is closed; the caller then shuts the engine down. */
    public static void launch(UiServices services) {
        StudioApplication.services = Objects.requireNonNull(services);
        Application.launch(StudioApplication.class);
    }

    @Override
    public void start(Stage stage) {
        UiServices s = services;
        if (s == null) throw new IllegalStateException("Start the studio with StudioApplication.launch(services)");
        new StudioUi(s).show(stage);
    }
}
