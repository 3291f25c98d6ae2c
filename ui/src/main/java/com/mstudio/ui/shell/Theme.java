package com.mstudio.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

import java.util.Objects;

/** AtlantaFX Primer as the user-agent stylesheet (light by default), plus the studio's own layout sheet. */
public final class Theme {
    static final String STUDIO_CSS =
            Objects.requireNonNull(Theme.class.getResource("/assets/theme/studio.css")).toExternalForm();

    private Theme() {}

    /** AtlantaFX themes are user-agent stylesheets, which JavaFX holds per application, not per scene. */
    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public static void install(Scene scene) {
        if (!scene.getStylesheets().contains(STUDIO_CSS)) scene.getStylesheets().add(STUDIO_CSS);
    }
}
