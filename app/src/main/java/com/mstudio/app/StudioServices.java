package com.mstudio.app;

import com.mstudio.engine.api.CleaningService;
import com.mstudio.engine.api.CopyService;
import com.mstudio.engine.api.CreativeService;
import com.mstudio.engine.api.EngineDiagnostics;
import com.mstudio.engine.api.ExportService;
import com.mstudio.engine.api.ImageService;
import com.mstudio.engine.api.ImportService;
import com.mstudio.engine.api.PiiService;
import com.mstudio.engine.api.ProfileService;
import com.mstudio.engine.api.PropensityService;
import com.mstudio.engine.api.SegmentService;
import com.mstudio.engine.api.WorkspaceService;
import com.mstudio.engine.copy.DefaultCopyService;
import com.mstudio.engine.creative.DefaultCreativeService;
import com.mstudio.engine.creative.images.DefaultImageService;
import com.mstudio.engine.data.clean.DefaultCleaningService;
import com.mstudio.engine.data.csv.CsvExportService;
import com.mstudio.engine.data.csv.CsvImportService;
import com.mstudio.engine.data.pii.DefaultPiiService;
import com.mstudio.engine.data.profile.DefaultProfileService;
import com.mstudio.engine.predict.DefaultPropensityService;
import com.mstudio.engine.runtime.EngineDiagnosticsService;
import com.mstudio.engine.segment.DefaultSegmentService;
import com.mstudio.engine.runtime.JobEngine;
import com.mstudio.engine.store.WorkspaceStore;

import java.nio.file.Path;

/**
 * The composition root's product: every engine service, wired by hand (constructor injection, no static locator).
 * The desktop app and the CLI build one each; closing it stops the engine threads.
 */
public final class StudioServices implements AutoCloseable {
    public static final String APP_VERSION = "0.1.0";

    private final JobEngine engine;
    private final ImportService imports;
    private final ExportService exports;
    private final ProfileService profiles;
    private final PiiService pii;
    private final CleaningService cleaning;
    private final WorkspaceService workspaces;
    private final SegmentService segments;
    private final PropensityService propensity;
    private final CopyService copy;
    private final ImageService images;
    private final CreativeService creatives;
    private final EngineDiagnostics diagnostics;
    private final Path settingsDir;

    private StudioServices(JobEngine engine, Path settingsDir, Path workspacesRoot) {
        this.engine = engine;
        this.settingsDir = settingsDir;
        this.imports = new CsvImportService(engine);
        this.exports = new CsvExportService(engine);
        this.profiles = new DefaultProfileService(engine);
        this.pii = new DefaultPiiService();
        this.cleaning = new DefaultCleaningService();
        this.diagnostics = new EngineDiagnosticsService(engine);
        this.segments = new DefaultSegmentService(engine, cleaning);
        this.propensity = new DefaultPropensityService(engine, cleaning);
        this.copy = new DefaultCopyService(engine);
        this.images = new DefaultImageService(engine);
        this.creatives = new DefaultCreativeService(engine, images);
        this.workspaces = new WorkspaceStore(engine, pii, settingsDir, workspacesRoot, APP_VERSION);
    }

    /** For the desktop app: ND4J loads on the engine thread in the background while the window opens. */
    public static StudioServices desktop() {
        return new StudioServices(new JobEngine(), settingsDir(), workspacesRoot());
    }

    /** For the CLI: {@code needsNative} false skips loading ND4J when the command trains nothing. */
    public static StudioServices headless(boolean needsNative) {
        return new StudioServices(new JobEngine(new JobEngine.Config(0, needsNative, 2)), settingsDir(), workspacesRoot());
    }

    /** {@code ~/.marketing-studio}, or {@code -Dstudio.home=DIR} (tests, portable installs). */
    static Path settingsDir() {
        String home = System.getProperty("studio.home");
        return home != null ? Path.of(home) : Path.of(System.getProperty("user.home"), ".marketing-studio");
    }

    /** New workspaces go to {@code ~/MarketingStudio}, or under {@code studio.home} when that is set. */
    static Path workspacesRoot() {
        String home = System.getProperty("studio.home");
        return home != null ? Path.of(home, "workspaces") : Path.of(System.getProperty("user.home"), "MarketingStudio");
    }

    public JobEngine engine() { return engine; }

    public ImportService imports() { return imports; }

    public ExportService exports() { return exports; }

    public ProfileService profiles() { return profiles; }

    public PiiService pii() { return pii; }

    public CleaningService cleaning() { return cleaning; }

    public WorkspaceService workspaces() { return workspaces; }

    public SegmentService segments() { return segments; }

    public PropensityService propensity() { return propensity; }

    public CopyService copy() { return copy; }

    public ImageService images() { return images; }

    public CreativeService creatives() { return creatives; }

    public EngineDiagnostics diagnostics() { return diagnostics; }

    public Path settingsFolder() { return settingsDir; }

    @Override
    public void close() {
        engine.close();
    }
}
