package com.mstudio.engine.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.mstudio.engine.api.AppSettings;
import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.DatasetEntry;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.MaskedTable;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.api.Workspace;
import com.mstudio.engine.api.WorkspaceManifest;
import com.mstudio.engine.data.Dataset;
import com.mstudio.engine.data.pii.DefaultPiiService;
import com.mstudio.engine.testsupport.ChurnData;
import com.mstudio.engine.runtime.JobEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class WorkspaceStoreTest {
    private static JobEngine engine;
    @TempDir Path home;

    @BeforeAll
    static void start() {
        engine = new JobEngine(new JobEngine.Config(0, false, 2));
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    WorkspaceStore store() {
        return new WorkspaceStore(engine, new DefaultPiiService(), home.resolve(".marketing-studio"),
                home.resolve("MarketingStudio"), "Marketing Studio test");
    }

    @Test
    void firstLaunchMakesAWorkspaceAndTheNextLaunchReopensIt() {
        WorkspaceStore first = store();
        assertNull(first.settings().lastWorkspace());
        Path folder;
        try (Workspace ws = first.openLastOrCreate()) {
            folder = ws.folder();
            assertEquals(home.resolve("MarketingStudio").resolve("Workspace 1"), folder);
            assertTrue(Files.exists(folder.resolve("workspace.json")));
            assertEquals(64, ws.manifest().piiSalt().length());
            ws.update(m -> m.withExtension("note", "hello"));
        }
        first.updateSettings(s -> s.withTheme("dark"));
        WorkspaceStore second = store();
        assertEquals("dark", second.settings().theme());
        try (Workspace ws = second.openLastOrCreate()) {
            assertEquals(folder.toAbsolutePath(), ws.folder().toAbsolutePath());
            assertEquals("hello", ws.manifest().extensions().get("note"));
            assertEquals("Marketing Studio test", ws.manifest().writtenBy());
        }
        assertThrows(StudioException.class, () -> second.create(folder));
    }

    @Test
    void aDamagedLastWorkspaceIsRestoredFromItsBackupAndTheUserIsTold() throws Exception {
        Path folder;
        try (Workspace ws = store().openLastOrCreate()) {
            folder = ws.folder();
            ws.update(m -> m.withExtension("note", "kept"));
            ws.flush();
            ws.update(m -> m.withExtension("note", "kept too"));
            ws.flush(); // the second save leaves the first in workspace.json.bak
        }
        Files.writeString(folder.resolve("workspace.json"), "{ \"formatVersion\": 1, \"datas");
        try (Workspace ws = store().openLastOrCreate()) {
            assertEquals(folder, ws.folder());
            assertEquals("kept", ws.manifest().extensions().get("note"));
            assertEquals(1, ws.notices().size());
            assertTrue(ws.notices().get(0).contains("last good copy was restored"), ws.notices().get(0));
        }
    }

    @Test
    void aDamagedLastWorkspaceWithoutBackupIsLeftAloneAndANewOneStarts() throws Exception {
        Path folder;
        try (Workspace ws = store().openLastOrCreate()) {
            folder = ws.folder();
        }
        Files.deleteIfExists(folder.resolve("workspace.json.bak"));
        Files.writeString(folder.resolve("workspace.json"), "not json at all");
        try (Workspace ws = store().openLastOrCreate()) {
            assertEquals(home.resolve("MarketingStudio").resolve("Workspace 2"), ws.folder());
            assertTrue(ws.notices().get(0).contains(folder.toString()), ws.notices().get(0));
        }
        assertEquals("not json at all", Files.readString(folder.resolve("workspace.json")), "the damaged file is untouched");
    }

    @Test
    void datasetsAreSavedWithOriginalsAndOpenedMasked() {
        WorkspaceStore s = store();
        Dataset churn = ChurnData.load();
        DatasetEntry entry;
        Path folder;
        try (Workspace ws = s.create(home.resolve("w"))) {
            folder = ws.folder();
            entry = ws.addDataset("Churn", churn, "/data/wa_churn.csv", "UTF-8, ',', header", List.of("payment_method"),
                    Runnable::run, new JobListener<>() {}).await();
            assertTrue(Files.exists(folder.resolve(entry.dataFile())));
            assertEquals(7043, entry.rows());
        }
        try (Workspace ws = store().open(folder)) {
            assertEquals(List.of(entry), ws.manifest().datasets());
            MaskedTable t = ws.openDataset(entry.id(), Runnable::run, new JobListener<>() {}).await();
            int pm = t.masked().indexOf("payment_method");
            assertTrue(t.masked().text(0, pm).startsWith("pii_"));
            assertEquals("Electronic check", t.original().text(0, pm));
            assertEquals(t.masked().text(0, pm), ws.view(t, entry.id()).text(0, pm));
            assertThrows(StudioException.class, () -> ws.setUnmasked(entry.id(), java.util.Set.of("contract")));
            ws.setUnmasked(entry.id(), java.util.Set.of("payment_method"));
            DataTable shown = ws.view(t, entry.id());
            assertEquals("Electronic check", shown.text(0, pm));
            DatasetFileTest.assertSameData(churn, Dataset.of(t.original()));
            ws.flush();
            try (Workspace reread = store().open(folder)) {
                assertEquals(List.of("payment_method"), reread.manifest().dataset(entry.id()).unmaskedColumns());
            }

            ws.removeDataset(entry.id());
            assertTrue(Files.exists(folder.resolve(entry.dataFile())), "deleted only after the manifest is saved");
            ws.flush();
            assertFalse(Files.exists(folder.resolve(entry.dataFile())));
            assertEquals(List.of(), ws.manifest().datasets());
        }
    }

    @Test
    void aDatasetJobFinishingAfterCloseIsStillListed() throws Exception {
        Path folder = home.resolve("late");
        Workspace ws = store().create(folder);
        ws.close();
        ws.update(m -> m.withExtension("late", true)); // what a dataset job does when it ends after close()
        try (Workspace again = store().open(folder)) {
            assertEquals(true, again.manifest().extensions().get("late"));
        }
    }

    @Test
    void aManifestFromANewerVersionLoadsAndKeepsItsUnknownFields() throws Exception {
        Path folder = home.resolve("newer");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("workspace.json"), """
                {
                  "formatVersion": 3,
                  "writtenBy": "Marketing Studio 9.0",
                  "createdAt": "2030-01-01T00:00:00Z",
                  "updatedAt": "2030-02-01T00:00:00Z",
                  "piiSalt": "00112233445566778899aabbccddeeff",
                  "datasets": [{"id": "ds-1", "name": "Leads", "sourceFile": "leads.csv", "importSummary": "UTF-8",
                                "dataFile": "data/ds-1.msd", "rows": 10, "columns": 2, "maskedColumns": ["email"],
                                "unmaskedColumns": [], "lineage": {"from": "crm"}, "colour": "teal"}],
                  "extensions": {"segments": [{"name": "Loyal", "k": 4}]},
                  "dashboards": [{"title": "Q3"}],
                  "cloudSync": false
                }
                """);
        try (Workspace ws = store().open(folder)) {
            WorkspaceManifest m = ws.manifest();
            assertEquals(3, m.formatVersion());
            assertEquals("Leads", m.datasets().get(0).name());
            assertEquals(List.of("email"), m.datasets().get(0).maskedColumns());
            assertEquals(List.of(Map.of("name", "Loyal", "k", 4)), m.extensions().get("segments"));
            ws.update(x -> x.withExtension("models", List.of("churn-v1")));
        }
        JsonNode saved = Json.newMapper().readTree(folder.resolve("workspace.json").toFile());
        assertEquals(WorkspaceManifest.FORMAT_VERSION, saved.get("formatVersion").asInt());
        assertEquals("Q3", saved.get("dashboards").get(0).get("title").asText());
        assertFalse(saved.get("cloudSync").asBoolean(true));
        assertEquals("churn-v1", saved.get("extensions").get("models").get(0).asText());
        assertEquals("Loyal", saved.get("extensions").get("segments").get(0).get("name").asText());
    }

    @Test
    void aDamagedManifestIsNamedAndTheLastGoodVersionCanBeRestored() throws Exception {
        WorkspaceStore s = store();
        Path folder = home.resolve("w");
        try (Workspace ws = s.create(folder)) {
            ws.update(m -> m.withExtension("step", 1));
            ws.flush();
            ws.update(m -> m.withExtension("step", 2));
        }
        Path file = folder.resolve("workspace.json");
        byte[] good = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(good, good.length / 2));

        StudioException e = assertThrows(StudioException.class, () -> s.open(folder));
        assertEquals(file, e.file());
        assertTrue(e.getMessage().contains("workspace.json") && e.getMessage().contains("damaged")
                && e.getMessage().contains("workspace.json.bak"), e.getMessage());
        assertArrayEquals(Arrays.copyOf(good, good.length / 2), Files.readAllBytes(file), "open never changes a damaged file");

        s.restoreBackup(folder);
        try (Workspace ws = s.open(folder)) {
            assertEquals(1, ws.manifest().extensions().get("step"));
        }
        try (var files = Files.list(folder)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("workspace.json.damaged-")));
        }
        Files.delete(file);
        Files.delete(folder.resolve("workspace.json.bak"));
        assertTrue(assertThrows(StudioException.class, () -> s.open(folder)).getMessage().contains("workspace.json is missing"));
    }

    @Test
    void damagedSettingsFallBackToDefaults() throws Exception {
        Path settingsFolder = home.resolve(".marketing-studio");
        Files.createDirectories(settingsFolder);
        Files.writeString(settingsFolder.resolve("settings.json"), "{\"formatVersion\": 1, \"theme\": ");
        assertEquals(AppSettings.defaults(), store().settings());
        assertTrue(Files.exists(settingsFolder.resolve("settings.json.damaged")));
        Files.writeString(settingsFolder.resolve("settings.json"),
                "{\"formatVersion\": 4, \"theme\": \"dark\", \"lastWorkspace\": null, \"fontScale\": 1.25}");
        assertEquals("dark", store().settings().theme());
    }
}
