package com.mstudio.ui.shell;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class MainWindowViewModelTest {
    @Test
    void futureAreasCannotBeSelectedAndTheTitleNamesWorkspaceAndDataset() {
        MainWindowViewModel vm = new MainWindowViewModel("Spring campaign");
        for (Area a : Area.values()) {
            if (!a.available()) assertFalse(vm.select(a), a + " has no screen yet");
        }
        assertEquals(Area.DATA, vm.areaProperty().get());
        org.junit.jupiter.api.Assertions.assertTrue(vm.select(Area.CREATIVES));
        vm.select(Area.DATA);
        org.junit.jupiter.api.Assertions.assertTrue(vm.select(Area.SEGMENTS));
        assertEquals(Area.SEGMENTS, vm.areaProperty().get());
        vm.select(Area.DATA);
        assertEquals("Spring campaign — Marketing Studio", vm.titleProperty().get());
        vm.datasetNameProperty().set("churn.csv");
        assertEquals("churn.csv · Spring campaign — Marketing Studio", vm.titleProperty().get());
    }
}
