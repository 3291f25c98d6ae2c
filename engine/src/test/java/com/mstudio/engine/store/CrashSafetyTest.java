package com.mstudio.engine.store;

import com.mstudio.engine.api.WorkspaceManifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * kill -9 during saves: a child JVM saves the manifest in a tight loop and is killed at random moments (fixed seed).
 * After every kill, workspace.json and workspace.json.bak must parse and hold exactly a version that was written
 * (the counter's own payload), the counter never goes back, and the workspace reopens.
 */
class CrashSafetyTest {
    private static final int KILLS = 6;

    @Test
    void killingTheProcessMidSaveNeverLosesASavedManifest(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("ws");
        Path settings = dir.resolve("settings");
        ManifestCodec codec = new ManifestCodec();
        Random rnd = new Random(20261125);
        int lastCounter = 0;
        String salt = null;
        for (int kill = 0; kill < KILLS; kill++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx128m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    ManifestSaveLoop.class.getName(), folder.toString(), settings.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            try {
                BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
                String line = out.readLine(); // blocks until the child has saved once
                assertNotNull(line, "child ended before saving");
                Thread.sleep(20 + rnd.nextInt(400));
            } finally {
                child.destroyForcibly(); // SIGKILL on POSIX: no shutdown hooks, no flush
                assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            }
            WorkspaceManifest m = checkVersion(codec, folder.resolve("workspace.json"));
            int counter = ((Number) m.extensions().get("counter")).intValue();
            assertTrue(counter >= lastCounter, "counter went back from " + lastCounter + " to " + counter);
            if (salt == null) salt = m.piiSalt(); else assertEquals(salt, m.piiSalt());
            WorkspaceManifest backup = checkVersion(codec, folder.resolve("workspace.json.bak"));
            assertTrue(((Number) backup.extensions().get("counter")).intValue() <= counter);
            System.out.printf("CRASH kill %d: manifest at version %d (+%d saves since the last kill)%n",
                    kill + 1, counter, counter - lastCounter);
            lastCounter = counter;
        }
        assertTrue(lastCounter > KILLS, "the child saved too few versions to test anything: " + lastCounter);
        // Reopening tidies the temporary files a kill left behind, and goes on from the last saved version.
        try (var engine = new com.mstudio.engine.runtime.JobEngine(new com.mstudio.engine.runtime.JobEngine.Config(0, false, 1));
             var ws = new WorkspaceStore(engine, new com.mstudio.engine.data.pii.DefaultPiiService(), settings, dir, "test").open(folder)) {
            assertEquals(lastCounter, ((Number) ws.manifest().extensions().get("counter")).intValue());
        }
        try (var files = Files.list(folder)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
        }
    }

    private static WorkspaceManifest checkVersion(ManifestCodec codec, Path file) throws Exception {
        WorkspaceManifest m = codec.decode(Files.readAllBytes(file), file).manifest();
        int counter = ((Number) m.extensions().get("counter")).intValue();
        assertEquals(ManifestSaveLoop.payload(counter), m.extensions().get("payload"), file + " mixes two versions");
        assertEquals(List.of(), m.datasets());
        assertEquals("crash-test", m.writtenBy());
        return m;
    }
}
