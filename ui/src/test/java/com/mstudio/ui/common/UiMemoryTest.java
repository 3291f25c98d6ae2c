package com.mstudio.ui.common;

import com.mstudio.engine.api.Workspace;
import com.mstudio.engine.data.pii.DefaultPiiService;
import com.mstudio.engine.runtime.JobEngine;
import com.mstudio.engine.store.WorkspaceStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** UI state round-trips through a real workspace.json, next to what other features keep in the extensions. */
class UiMemoryTest {
    @TempDir Path dir;

    @Test
    void remembersAcrossAReopenAndLeavesOtherExtensionsAlone() {
        try (JobEngine engine = new JobEngine(new JobEngine.Config(0, false, 1))) {
            WorkspaceStore store = new WorkspaceStore(engine, new DefaultPiiService(), dir.resolve("s"), dir.resolve("w"), "test");
            Path folder = dir.resolve("w").resolve("ws");
            try (Workspace ws = store.create(folder)) {
                ws.update(m -> m.withExtension("segments", Map.of("k", 3)));
                UiMemory memory = new UiMemory(ws);
                assertEquals("rows", memory.get("dataTab", "rows"));
                memory.put("dataTab", "profile");
                memory.put("theme", "dark");
                var before = ws.manifest();
                memory.put("dataTab", "profile");
                assertSame(before, ws.manifest(), "an unchanged value changes nothing");
            }
            try (Workspace ws = store.open(folder)) {
                UiMemory memory = new UiMemory(ws);
                assertEquals("profile", memory.get("dataTab", "rows"));
                assertEquals("dark", memory.get("theme", "light"));
                assertEquals(Map.of("k", 3), ws.manifest().extensions().get("segments"));
            }
        }
    }
}
