package com.mstudio.engine.predict;

import com.mstudio.engine.api.PropensityModel;
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
import java.util.List;
import java.util.Map;

import static com.mstudio.engine.predict.PropensityModelFilesTest.model;
import static org.junit.jupiter.api.Assertions.*;

class PropensityStoreTest {
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
        PropensityModel mlp = model(PropensityModel.Kind.MLP, 0.851);
        PropensityModel logistic = model(PropensityModel.Kind.LOGISTIC, 0.842);
        Path folder;
        try (Workspace ws = store().openLastOrCreate()) {
            folder = ws.folder();
            assertEquals(KeptModels.none(), PropensityStore.kept(ws, "ds-1"));
            PropensityStore.keep(ws, "ds-1", List.of(mlp, logistic));
        }
        assertTrue(Files.isRegularFile(folder.resolve("models/ds-1/mlp.propensity.zip")));
        assertTrue(Files.isRegularFile(folder.resolve("models/ds-1/logistic.propensity.zip")));
        try (Workspace ws = store().openLastOrCreate()) {
            List<PropensityModel> back = PropensityStore.kept(ws, "ds-1").models();
            assertEquals(List.of(PropensityModel.Kind.MLP, PropensityModel.Kind.LOGISTIC), back.stream().map(PropensityModel::kind).toList());
            assertArrayEquals(mlp.networkZip(), back.get(0).networkZip());
            assertEquals(0.842, back.get(1).test().rocAuc());
            Map<?, ?> ext = (Map<?, ?>) ws.manifest().extensions().get("propensity");
            List<?> entries = (List<?>) ext.get("ds-1");
            Map<?, ?> first = (Map<?, ?>) entries.get(0);
            assertEquals("MLP", first.get("kind"));
            assertEquals("models/ds-1/mlp.propensity.zip", first.get("file"));
            assertEquals(0.851, ((Number) first.get("auc")).doubleValue());
            assertEquals(mlp.createdAt(), first.get("createdAt"));
            assertEquals(KeptModels.none(), PropensityStore.kept(ws, "ds-2"), "another dataset has none");
        }
    }

    @Test
    void keepingAgainReplacesTheEarlierModels() {
        try (Workspace ws = store().openLastOrCreate()) {
            PropensityStore.keep(ws, "ds-1", List.of(model(PropensityModel.Kind.MLP, 0.80), model(PropensityModel.Kind.LOGISTIC, 0.81)));
            PropensityStore.keep(ws, "ds-2", List.of(model(PropensityModel.Kind.MLP, 0.70)));
            PropensityStore.keep(ws, "ds-1", List.of(model(PropensityModel.Kind.LOGISTIC, 0.83)));
            List<PropensityModel> kept = PropensityStore.kept(ws, "ds-1").models();
            assertEquals(1, kept.size());
            assertEquals(0.83, kept.get(0).test().rocAuc());
            assertFalse(Files.exists(ws.folder().resolve("models/ds-1/mlp.propensity.zip")), "the model no longer kept is removed");
            assertEquals(1, PropensityStore.kept(ws, "ds-2").models().size(), "other datasets keep theirs");
        }
    }

    @Test
    void aDamagedKeptModelIsAPlainErrorNamingTheFile() throws Exception {
        try (Workspace ws = store().openLastOrCreate()) {
            PropensityStore.keep(ws, "ds-1", List.of(model(PropensityModel.Kind.MLP, 0.80)));
            Path file = ws.folder().resolve("models/ds-1/mlp.propensity.zip");
            byte[] bytes = Files.readAllBytes(file);
            Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 3));
            KeptModels<PropensityModel> some = PropensityStore.kept(ws, "ds-1");
            assertEquals(List.of(), some.models(), "the damaged file is skipped");
            assertEquals(1, some.unreadable().size());
            String e = some.unreadable().get(0);
            assertTrue(e.startsWith("mlp.propensity.zip: ") && e.contains("damaged"), e);
            ws.update(m -> m.withExtension("propensity", Map.of("ds-1", List.of(Map.of("kind", "MLP", "file", "../../elsewhere.zip")))));
            String outside = PropensityStore.kept(ws, "ds-1").unreadable().get(0);
            assertTrue(outside.contains("outside"), outside);
            ws.update(m -> m.withExtension("propensity", Map.of("ds-1", "mlp.propensity.zip")));
            StudioException record = assertThrows(StudioException.class, () -> PropensityStore.kept(ws, "ds-1"));
            assertTrue(record.getMessage().startsWith("workspace.json: ") && record.getMessage().contains("damaged"), record.getMessage());
        }
    }
}
