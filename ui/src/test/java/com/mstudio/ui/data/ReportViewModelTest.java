package com.mstudio.ui.data;

import com.mstudio.engine.api.ImportReport;
import com.mstudio.engine.api.Rejection;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportViewModelTest {
    @Test
    void countsAddUpAndTheFilterMatchesLineColumnValueOrReason() {
        ReportViewModel vm = new ReportViewModel();
        vm.show(new ImportReport(Path.of("f.csv"), null, 10, 8, 2, 1,
                List.of(new Rejection(4, "age", "abc", "'abc' is not a whole number"),
                        new Rejection(7, null, null, "Expected 4 fields, found 3"),
                        new Rejection(9, "spend", "1,2", "'1,2' is not a number")),
                List.of("Read as UTF-8"), 0.2));
        assertTrue(vm.summaryProperty().get().startsWith("10 rows read = 8 imported + 2 rejected"));
        assertEquals(4, vm.currentTiles().size());
        assertEquals(3, vm.rejections().size());
        vm.filterProperty().set("AGE");
        assertEquals(1, vm.rejections().size());
        vm.filterProperty().set("7");
        assertEquals(1, vm.rejections().size());
        vm.filterProperty().set("not a");
        assertEquals(2, vm.rejections().size());
        vm.filterProperty().set("");
        assertEquals(3, vm.rejections().size());

        // A reopened dataset whose saved report could not be read: no numbers, and a sentence saying so.
        vm.notAvailable();
        assertTrue(vm.summaryProperty().get().startsWith("The import report of this dataset is not available"));
        assertTrue(vm.currentTiles().isEmpty());
        assertEquals(0, vm.rejections().size());
    }
}
