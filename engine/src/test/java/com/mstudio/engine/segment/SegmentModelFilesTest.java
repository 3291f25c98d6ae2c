package com.mstudio.engine.segment;

import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.SegmentModel;
import com.mstudio.engine.api.SegmentationRequest;
import com.mstudio.engine.api.SegmentationResult;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.api.Workspace;
import com.mstudio.engine.data.Dataset;
import com.mstudio.engine.data.pii.DefaultPiiService;
import com.mstudio.engine.runtime.JobEngine;
import com.mstudio.engine.store.WorkspaceStore;
import com.mstudio.engine.testsupport.ChurnData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

/** Saved segmentations: the JSON file, applying it to a table again, and keeping it (with renames) in a workspace. */
class SegmentModelFilesTest {
    private static JobEngine engine;
    private static DefaultSegmentService service;
    private static Dataset churn;
    private static SegmentationResult kmeans;

    @BeforeAll
    static void start() {
        engine = SegmentTestSupport.engine();
        service = SegmentTestSupport.service(engine);
        churn = ChurnData.load();
        kmeans = SegmentTestSupport.run(service, churn, SegmentationRequest.kmeans(service.suggestFeatures(churn, List.of()), 4, 42));
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void aSavedKMeansModelAssignsTheSameTableToTheSameSegments(@TempDir Path dir) {
        Path file = dir.resolve("churn.segmentation.json");
        service.save(kmeans.model(), file);
        SegmentModel loaded = service.load(file);
        assertEquals(kmeans.model().segmentNames(), loaded.segmentNames());
        assertEquals(kmeans.model().transform(), loaded.transform());
        SegmentationResult again = service.assign(loaded, churn, Runnable::run, new JobListener<>() {}).await();
        assertArrayEquals(kmeans.assignments(), again.assignments());
        assertEquals(kmeans.model().segmentNames(), again.profiles().stream().map(p -> p.name()).toList());
        assertEquals(kmeans.profiles().get(0).description(), again.profiles().get(0).description());
        assertTrue(again.kScan().isEmpty());
    }

    @Test
    void aNewFileWithTheSameColumnsGetsTheSameSegmentsForTheSameCustomers(@TempDir Path dir) throws Exception {
        List<String> lines = Files.readAllLines(ChurnData.FILE);
        Path part = dir.resolve("next_month.csv");
        Files.write(part, lines.subList(0, 1001)); // header + the first 1,000 customers, read as a file of its own
        Dataset next = SegmentTestSupport.importFile(part);
        SegmentationResult assigned = service.assign(kmeans.model(), next, Runnable::run, new JobListener<>() {}).await();
        assertArrayEquals(java.util.Arrays.copyOf(kmeans.assignments(), 1000), assigned.assignments());
        assertEquals(1000, assigned.profiles().stream().mapToInt(p -> p.size()).sum());
        assertEquals(kmeans.model().segmentNames(), assigned.model().segmentNames());
        assertEquals(1000, assigned.projection().x().length);
    }

    @Test
    void aSavedRfmModelScoresAFileTheSameWay(@TempDir Path dir) {
        Dataset tx = SegmentTestSupport.resource("rfm_hand_checked.csv");
        SegmentationResult rfm = SegmentTestSupport.run(service, tx, SegmentationRequest.rfm(service.detectRfm(tx).orElseThrow()));
        Path file = dir.resolve("rfm.json");
        service.save(service.rename(rfm, RfmGroups.LOST, "Gone quiet").model(), file);
        SegmentModel loaded = service.load(file);
        assertEquals("Gone quiet", loaded.segmentNames().get(RfmGroups.LOST));
        assertArrayEquals(rfm.model().rfm().monetaryCuts(), loaded.rfm().monetaryCuts());
        SegmentationResult again = service.assign(loaded, tx, Runnable::run, new JobListener<>() {}).await();
        assertArrayEquals(rfm.assignments(), again.assignments());
        assertEquals("Gone quiet", again.profiles().get(RfmGroups.LOST).name());
    }

    @Test
    void aFolderOrAZipGivenAsASegmentationIsNamedAsSuch(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("segments"));
        assertTrue(assertThrows(StudioException.class, () -> service.load(folder)).getMessage()
                .contains("This is a folder, not a segmentation file."));
        Path zip = Files.write(dir.resolve("mlp.propensity.zip"), new byte[] {'P', 'K', 3, 4, 0, 0});
        assertTrue(assertThrows(StudioException.class, () -> service.load(zip)).getMessage()
                .contains("not a segmentation file"));
    }

    @Test
    void damagedMissingAndNewerFilesAreRefusedByName(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("model.json");
        service.save(kmeans.model(), file);
        String json = Files.readString(file);

        Files.writeString(file, json.substring(0, json.length() / 2), StandardCharsets.UTF_8);
        StudioException damaged = assertThrows(StudioException.class, () -> service.load(file));
        assertTrue(damaged.getMessage().startsWith("model.json: "), damaged.getMessage());
        assertTrue(damaged.getMessage().contains("damaged"));

        // Valid JSON whose centroids no longer fit the features is damaged too: it would assign rows wrongly.
        Files.writeString(file, json.replaceFirst("\"centroids\" : \\[ \\[ ", "\"centroids\" : [ [ 1.0, "), StandardCharsets.UTF_8);
        assertTrue(assertThrows(StudioException.class, () -> service.load(file)).getMessage().contains("damaged"));

        Files.writeString(file, json.replaceFirst("\"formatVersion\" : 1", "\"formatVersion\" : 99"), StandardCharsets.UTF_8);
        assertTrue(assertThrows(StudioException.class, () -> service.load(file)).getMessage().contains("newer version"));

        StudioException missing = assertThrows(StudioException.class, () -> service.load(dir.resolve("nope.json")));
        assertTrue(missing.getMessage().contains("nope.json") && missing.getMessage().contains("missing"), missing.getMessage());
    }

    @Test
    void aRenameKeptInTheWorkspaceComesBackAfterReopening(@TempDir Path home) throws Exception {
        WorkspaceStore store = new WorkspaceStore(engine, new DefaultPiiService(), home.resolve("settings"),
                home.resolve("MarketingStudio"), "test");
        Path folder;
        try (Workspace ws = store.openLastOrCreate()) {
            folder = ws.folder();
            assertEquals(Optional.empty(), service.kept(ws, "ds-churn"));
            service.keep(ws, "ds-churn", kmeans.model());
            SegmentationResult renamed = service.rename(kmeans, 2, "Budget households");
            service.keep(ws, "ds-churn", renamed.model());
        }
        assertTrue(Files.isRegularFile(folder.resolve("segments/ds-churn.segmentation.json")));
        try (Workspace ws = store.open(folder)) {
            Map<?, ?> entries = (Map<?, ?>) ws.manifest().extensions().get("segmentations");
            Map<?, ?> entry = (Map<?, ?>) entries.get("ds-churn");
            assertEquals("segments/ds-churn.segmentation.json", entry.get("file"));
            assertNotNull(entry.get("updatedAt"));
            SegmentModel kept = service.kept(ws, "ds-churn").orElseThrow();
            assertEquals("Budget households", kept.segmentNames().get(2));
            assertEquals(kmeans.model().segmentNames().get(0), kept.segmentNames().get(0));
            assertEquals(Optional.empty(), service.kept(ws, "ds-other"));

            Files.writeString(folder.resolve("segments/ds-churn.segmentation.json"), "{ not json", StandardCharsets.UTF_8);
            StudioException e = assertThrows(StudioException.class, () -> service.kept(ws, "ds-churn"));
            assertTrue(e.getMessage().contains("ds-churn.segmentation.json"), e.getMessage());
        }
    }
}
