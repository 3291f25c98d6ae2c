package com.mstudio.ui.data;

import com.mstudio.engine.api.Workspace;
import com.mstudio.engine.data.csv.CsvImportService;
import com.mstudio.engine.data.pii.DefaultPiiService;
import com.mstudio.engine.runtime.JobEngine;
import com.mstudio.engine.store.WorkspaceStore;
import com.mstudio.ui.SampleCatalog;
import com.mstudio.ui.common.UiBridge;
import com.mstudio.ui.support.TestData;
import com.mstudio.ui.support.TestUiThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An import is kept in the real workspace store (personal data masked) and reopens at the next start. */
class WorkspaceFlowTest {
    @TempDir Path dir;
    private final JobEngine engine = new JobEngine(new JobEngine.Config(0, false, 2));
    private final TestUiThread ui = new TestUiThread();

    @AfterEach
    void stop() {
        engine.close();
    }

    private WorkspaceStore store() {
        return new WorkspaceStore(engine, new DefaultPiiService(), dir.resolve("settings"), dir.resolve("workspaces"), "test");
    }

    private DataViewModel vm(Workspace ws) {
        return new DataViewModel(new CsvImportService(engine), ws, new UiBridge(ui), SampleCatalog.none());
    }

    @Test
    void anImportIsKeptMaskedAndReopensAtTheNextStart() throws Exception {
        Path file = TestData.write(dir, "contacts.csv", "id,email,spend\n"
                + "1,ann@example.com,10.5\n2,bob@example.org,20\n3,cy@example.net,7.25\n4,dee@example.com,3\n");
        Path folder = dir.resolve("workspaces").resolve("W");
        try (Workspace ws = store().create(folder)) {
            DataViewModel vm = vm(ws);
            vm.open(file);
            ui.pumpUntil(() -> vm.previewProperty().get() != null && !vm.previewBusyProperty().get());
            vm.startImport();
            ui.pumpUntil(() -> vm.screenProperty().get() == DataScreen.IMPORTED);
            assertEquals(4, vm.resultProperty().get().table().rowCount());
            String banner = new PersonalDataViewModel(ws, vm).textProperty().get();
            assertTrue(banner.contains("email"), banner);
            assertTrue(!vm.resultProperty().get().table().text(0, 1).equals("ann@example.com"), "shown masked");
            ws.flush();
        }
        try (Workspace again = store().open(folder)) {
            DataViewModel next = vm(again);
            next.reopen();
            assertEquals(DataScreen.REOPENING, next.screenProperty().get(), "a busy card while it is read");
            ui.pumpUntil(() -> next.screenProperty().get() == DataScreen.IMPORTED);
            assertEquals(4, next.resultProperty().get().table().rowCount());
            assertNotNull(next.resultProperty().get().report(), "the import report was kept with the data");
            assertEquals(4, next.resultProperty().get().report().rowsImported());
            assertEquals("contacts", next.datasetProperty().get().entry().name());
        }
    }

    @Test
    void anEmptyWorkspaceOpensOnTheEmptyState() {
        try (Workspace ws = store().create(dir.resolve("workspaces").resolve("Empty"))) {
            DataViewModel vm = vm(ws);
            vm.reopen();
            ui.pumpUntil(() -> vm.screenProperty().get() != DataScreen.REOPENING);
            assertEquals(DataScreen.EMPTY, vm.screenProperty().get());
        }
    }
}
