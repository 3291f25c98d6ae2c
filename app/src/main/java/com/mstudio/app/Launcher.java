package com.mstudio.app;

import com.mstudio.app.cli.Cli;
import com.mstudio.engine.api.Workspace;
import com.mstudio.ui.SampleCatalog;
import com.mstudio.ui.StudioApplication;
import com.mstudio.ui.UiServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The entry point of studio.jar. Not an {@code Application} subclass: with a plain classpath JavaFX refuses to start
 * such a main class ("JavaFX runtime components are missing"). No arguments: the desktop app; otherwise the CLI.
 */
public final class Launcher {
    private static final Logger log = LoggerFactory.getLogger(Launcher.class);

    private Launcher() {}

    public static void main(String[] args) {
        if (args.length > 0) {
            System.exit(Cli.run(args, System.out, System.err));
        }
        try {
            launchDesktop();
        } catch (Throwable t) {
            // No window to show it in: say it on the terminal, in words, and keep the trace for the log.
            log.debug("Desktop start failed", t);
            System.err.println("Marketing Studio could not start: " + com.mstudio.engine.runtime.FailureMessages.plainWords(t));
            if (String.valueOf(t.getMessage()).contains("GTK") || t instanceof UnsupportedOperationException) {
                System.err.println("On Linux a window needs GTK 3 (apt-get install libgtk-3-0) and a display (or xvfb-run).");
            }
            System.exit(1);
        }
    }

    private static void launchDesktop() {
        try (StudioServices services = StudioServices.desktop()) {
            Workspace workspace = services.workspaces().openLastOrCreate();
            services.workspaces().updateSettings(s -> s.withLastWorkspace(workspace.folder().toString()));
            log.info("Workspace: {}", workspace.folder());
            try (workspace) {
                // The UI keeps imports in this workspace and reopens its active dataset; closing it saves what is pending.
                StudioApplication.launch(new UiServices(services.engine(), services.imports(), services.profiles(),
                        services.exports(), services.segments(), services.propensity(), services.copy(), services.diagnostics(), workspace, samples(services), workspace.folder().getFileName().toString(),
                        CreativeAssets.services(services)));
            }
        }
        System.exit(0); // DL4J leaves non-daemon threads behind; the window is closed and everything is saved
    }

    private static SampleCatalog samples(StudioServices services) {
        List<SampleCatalog.Sample> list = new ArrayList<>();
        for (Path p : new SampleLocator(services.settingsFolder()).samples()) {
            String name = p.getFileName().toString();
            if (name.equals("wa_churn.csv")) {
                list.add(new SampleCatalog.Sample("Telco customer churn", "7,043 customers, 20 columns, with churn Yes/No", p));
            } else if (name.equals("transactions.csv")) {
                list.add(new SampleCatalog.Sample("Shop orders (RFM)", "25,463 orders of 2,000 customers: recency, frequency, monetary", p));
            } else if (name.equals("messy_customers.csv")) {
                list.add(new SampleCatalog.Sample("Messy customer file", "Shows how the import report handles broken rows", p));
            } else if (name.equals("spam_subjects.csv")) {
                list.add(new SampleCatalog.Sample("Spam subject lines", "Email subject lines: spam or not (6,046 from SpamAssassin)", p));
            } else if (name.equals("fine_food_reviews_train.csv")) {
                list.add(new SampleCatalog.Sample("Food reviews", "Food reviews: great or not (4,000 Amazon fine-food reviews)", p));
            } else if (name.equals("chinese_ad_copy.csv")) {
                list.add(new SampleCatalog.Sample("Chinese ad copy", "300 Chinese ad lines: promotion or information", p));
            } else {
                list.add(new SampleCatalog.Sample(name, "", p));
            }
        }
        return SampleCatalog.of(list.toArray(SampleCatalog.Sample[]::new));
    }
}
