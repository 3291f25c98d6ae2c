package com.mstudio.engine.store;

import com.mstudio.engine.api.Workspace;
import com.mstudio.engine.data.pii.DefaultPiiService;
import com.mstudio.engine.runtime.JobEngine;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Child process for {@link CrashSafetyTest}: saves the manifest of the workspace in {@code args[0]} in a tight loop,
 * each version with a counter and a payload derived from it, until it is killed.
 */
public final class ManifestSaveLoop {
    private ManifestSaveLoop() {}

    static String payload(int counter) {
        return "v" + counter + ":" + "abcdefghij".repeat(counter % 300);
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        WorkspaceStore store = new WorkspaceStore(new JobEngine(new JobEngine.Config(0, false, 1)), new DefaultPiiService(), Path.of(args[1]),
                folder.getParent(), "crash-test");
        Workspace ws = Files.exists(folder.resolve("workspace.json")) ? store.open(folder) : store.create(folder);
        Object last = ws.manifest().extensions().get("counter");
        int counter = last == null ? 0 : ((Number) last).intValue();
        boolean announced = false;
        while (true) {
            int next = ++counter;
            ws.update(m -> m.withExtension("counter", next).withExtension("payload", payload(next)));
            ws.flush();
            if (!announced) {
                System.out.println("saving from " + next);
                System.out.flush();
                announced = true;
            }
        }
    }
}
