package com.mstudio.ui.segments;

import com.mstudio.engine.data.clean.DefaultCleaningService;
import com.mstudio.engine.segment.DefaultSegmentService;
import com.mstudio.ui.support.DatasetTestBed;

import java.nio.file.Path;
import java.time.Duration;

/** The real parts a Segments view model runs on: the dataset bed (no ND4J: k-means does not need it) and the segment service. */
final class SegmentsTestBed extends DatasetTestBed {
    final DefaultSegmentService service = new DefaultSegmentService(engine, new DefaultCleaningService());

    SegmentsTestBed(Path dir) {
        super(dir, false);
    }

    SegmentsViewModel segments() {
        return new SegmentsViewModel(service, importer, workspace, bridge, data.datasetProperty());
    }

    void waitForResult(SegmentsViewModel vm) {
        ui.pumpUntil(() -> vm.resultProperty().get() != null && !vm.busyProperty().get(), Duration.ofSeconds(120));
    }
}
