package com.mstudio.ui.data;

import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.ImportOptions;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.data.csv.CsvImportService;
import com.mstudio.engine.data.profile.DefaultProfileService;
import com.mstudio.engine.runtime.JobEngine;
import com.mstudio.ui.common.UiBridge;
import com.mstudio.ui.support.ArrayTable;
import com.mstudio.ui.support.TestData;
import com.mstudio.ui.support.TestUiThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The profile tab's state on the engine's real profiler, without a scene. */
class ProfileViewModelTest {
    private final JobEngine engine = new JobEngine(new JobEngine.Config(0, false, 2));
    private final TestUiThread ui = new TestUiThread();
    private final ProfileViewModel vm = new ProfileViewModel(new DefaultProfileService(engine), new UiBridge(ui));

    @AfterEach
    void stop() {
        engine.close();
    }

    private DataTable churn() {
        return new CsvImportService(engine).importCsv(TestData.churn(), ImportOptions.detectAll(), Runnable::run,
                new JobListener<>() {}).await().table();
    }

    @Test
    void profilesEveryColumnOfTheChurnSample() {
        vm.load(churn());
        assertTrue(vm.busyProperty().get());
        ui.pumpUntil(() -> !vm.busyProperty().get());
        assertEquals(20, vm.columns().size());
        ColumnStats total = vm.columns().stream().filter(c -> c.name().equals("total_charges")).findFirst().orElseThrow();
        assertEquals(11, total.missing());
        assertTrue(total.histogram() && total.hasNumbers() && total.min() > 0);
        ColumnStats contract = vm.columns().stream().filter(c -> c.name().equals("contract")).findFirst().orElseThrow();
        assertFalse(contract.histogram());
        assertEquals("Month-to-month", contract.bars().get(0).label());
        assertEquals("", vm.statusProperty().get());
    }

    @Test
    void aNewerTableSupersedesTheOldProfile() {
        DataTable first = churn();
        vm.load(first);
        vm.load(null);
        ui.pumpFor(Duration.ofMillis(500));
        assertTrue(vm.columns().isEmpty(), "the superseded profile never shows");
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void aTableTheServiceRefusesLeavesAPlainStatus() {
        vm.load(ArrayTable.huge(10));
        ui.pumpUntil(() -> !vm.busyProperty().get());
        assertTrue(vm.statusProperty().get().startsWith("Could not profile the columns"), vm.statusProperty().get());
    }
}
