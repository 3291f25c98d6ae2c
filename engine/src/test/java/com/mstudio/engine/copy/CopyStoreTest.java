package com.mstudio.engine.copy;

import com.mstudio.engine.api.CopyModel;
import com.mstudio.engine.api.KeptModels;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.api.Workspace;
import com.mstudio.engine.data.pii.DefaultPiiService;
import com.mstudio.engine.runtime.JobEngine;
import com.mstudio.engine.store.WorkspaceStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static com.mstudio.engine.copy.CopyModelFilesTest.model;
import static org.junit.jupiter.api.Assertions.*;

class CopyStoreTest {
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
    void keptModelsAreThereAfterReopeningTheWorkspace() {
        CopyModel attention = model(CopyModel.Kind.ATTENTION);
        CopyModel baseline = model(CopyModel.Kind.BASELINE);
        Path folder;
        try (Workspace ws = store().openLastOrCreate()) {
            folder = ws.folder();
            assertEquals(KeptModels.none(), CopyStore.kept(ws, "ds-1"));
            new DefaultCopyService(engine).keep(ws, "ds-1", List.of(attention, baseline));
        }
        assertTrue(Files.isRegularFile(folder.resolve("models/ds-1/attention.copy.zip")));
        assertTrue(Files.isRegularFile(folder.resolve("models/ds-1/baseline.copy.zip")));
        try (Workspace ws = store().openLastOrCreate()) {
            List<CopyModel> back = new DefaultCopyService(engine).kept(ws, "ds-1").models();
            assertEquals(List.of(CopyModel.Kind.ATTENTION, CopyModel.Kind.BASELINE), back.stream().map(CopyModel::kind).toList());
            assertArrayEquals(attention.networkZip(), back.get(0).networkZip());
            assertEquals(attention.vocabulary(), back.get(0).vocabulary());
            assertArrayEquals(baseline.idf(), back.get(1).idf());
            Map<?, ?> ext = (Map<?, ?>) ws.manifest().extensions().get("copy");
            Map<?, ?> first = (Map<?, ?>) ((List<?>) ext.get("ds-1")).get(0);
            assertEquals("ATTENTION", first.get("kind"));
            assertEquals("models/ds-1/attention.copy.zip", first.get("file"));
            assertEquals(0.93, ((Number) first.get("accuracy")).doubleValue());
            assertEquals(KeptModels.none(), CopyStore.kept(ws, "ds-2"), "another dataset has none");
        }
    }

    @Test
    void keepingAgainReplacesTheEarlierModelsOfThatDatasetOnly() {
        try (Workspace ws = store().openLastOrCreate()) {
            CopyStore.keep(ws, "ds-1", List.of(model(CopyModel.Kind.ATTENTION), model(CopyModel.Kind.BASELINE)));
            CopyStore.keep(ws, "ds-2", List.of(model(CopyModel.Kind.ATTENTION)));
            CopyStore.keep(ws, "ds-1", List.of(model(CopyModel.Kind.BASELINE)));
            assertEquals(List.of(CopyModel.Kind.BASELINE), CopyStore.kept(ws, "ds-1").models().stream().map(CopyModel::kind).toList());
            assertFalse(Files.exists(ws.folder().resolve("models/ds-1/attention.copy.zip")), "the model no longer kept is removed");
            assertEquals(1, CopyStore.kept(ws, "ds-2").models().size(), "other datasets keep theirs");
            assertThrows(IllegalArgumentException.class,
                    () -> CopyStore.keep(ws, "ds-3", List.of(model(CopyModel.Kind.BASELINE), model(CopyModel.Kind.BASELINE))));
        }
    }

    @Test
    void aDamagedKeptModelIsNamedAndSkippedWhileTheOthersStayAndADamagedRecordIsAPlainError() throws Exception {
        try (Workspace ws = store().openLastOrCreate()) {
            CopyStore.keep(ws, "ds-1", List.of(model(CopyModel.Kind.ATTENTION), model(CopyModel.Kind.BASELINE)));
            Path file = ws.folder().resolve("models/ds-1/attention.copy.zip");
            byte[] bytes = Files.readAllBytes(file);
            Files.write(file, Arrays.copyOf(bytes, bytes.length / 3));
            KeptModels<CopyModel> some = CopyStore.kept(ws, "ds-1");
            assertEquals(List.of(CopyModel.Kind.BASELINE), some.models().stream().map(CopyModel::kind).toList(),
                    "the damaged file is skipped; the readable one stays");
            assertEquals(1, some.unreadable().size());
            String e = some.unreadable().get(0);
            assertTrue(e.startsWith("attention.copy.zip: ") && e.contains("damaged"), e);
            ws.update(m -> m.withExtension("copy", Map.of("ds-1", List.of(Map.of("kind", "ATTENTION", "file", "../../elsewhere.zip")))));
            String outside = CopyStore.kept(ws, "ds-1").unreadable().get(0);
            assertTrue(outside.contains("outside"), outside);
            ws.update(m -> m.withExtension("copy", Map.of("ds-1", "attention.copy.zip")));
            StudioException record = assertThrows(StudioException.class, () -> CopyStore.kept(ws, "ds-1"));
            assertTrue(record.getMessage().startsWith("workspace.json: ") && record.getMessage().contains("damaged"), record.getMessage());
        }
    }
}
