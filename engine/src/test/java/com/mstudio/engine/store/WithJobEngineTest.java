package com.mstudio.engine.store;

import com.mstudio.engine.api.DatasetEntry;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.MaskedTable;
import com.mstudio.engine.api.Progress;
import com.mstudio.engine.api.TableProfile;
import com.mstudio.engine.api.Workspace;
import com.mstudio.engine.data.Dataset;
import com.mstudio.engine.data.pii.DefaultPiiService;
import com.mstudio.engine.data.profile.DefaultProfileService;
import com.mstudio.engine.runtime.JobEngine;
import com.mstudio.engine.testsupport.ChurnData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.*;

/** The data services on the real runtime (I/O lane threads, not the inline test runner), without ND4J. */
class WithJobEngineTest {

    @Test
    void profileSaveAndReopenThroughTheJobEngine(@TempDir Path home) {
        try (JobEngine engine = new JobEngine(new JobEngine.Config(0, false, 2))) {
            Dataset churn = ChurnData.load();
            List<Progress> progress = new CopyOnWriteArrayList<>();
            TableProfile p = new DefaultProfileService(engine).profile(churn, Runnable::run, new JobListener<>() {
                @Override public void onProgress(Progress pr) { progress.add(pr); }
            }).await();
            assertEquals(20, p.columns().size());
            assertFalse(progress.isEmpty());

            WorkspaceStore store = new WorkspaceStore(engine, new DefaultPiiService(), home.resolve("settings"),
                    home.resolve("MarketingStudio"), "test");
            DatasetEntry entry;
            Path folder;
            try (Workspace ws = store.openLastOrCreate()) {
                folder = ws.folder();
                entry = ws.addDataset("Churn", churn, null, "test", List.of(), Runnable::run, new JobListener<>() {}).await();
            }
            try (Workspace ws = store.open(folder)) {
                MaskedTable t = ws.openDataset(entry.id(), Runnable::run, new JobListener<>() {}).await();
                DatasetFileTest.assertSameData(churn, Dataset.of(t.masked()));
            }
        }
    }
}
