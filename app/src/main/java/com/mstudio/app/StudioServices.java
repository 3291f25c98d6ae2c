package com.mstudio.app;

import com.mstudio.engine.api.ImportService;
import com.mstudio.engine.runtime.JobEngine;

/**
 * The composition root's product: every engine service, wired by hand (constructor injection, no static locator).
 * The desktop app and the CLI build one each; closing it stops the engine threads.
 */
public final class StudioServices implements AutoCloseable {
    private final JobEngine engine;
    private final ImportService imports;

    private StudioServices(JobEngine engine, ImportService imports) {
        this.engine = engine;
        this.imports = imports;
    }

    /** For the CLI: {@code needsNative} false skips loading ND4J when the command trains nothing. */
    public static StudioServices headless(boolean needsNative) {
        JobEngine engine = new JobEngine(new JobEngine.Config(0, needsNative, 2));
        return new StudioServices(engine, null);
    }

    public JobEngine engine() { return engine; }

    public ImportService imports() { return imports; }

    @Override
    public void close() {
        engine.close();
    }
}
