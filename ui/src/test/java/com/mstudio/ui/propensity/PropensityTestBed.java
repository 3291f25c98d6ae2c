package com.mstudio.ui.propensity;

import com.mstudio.engine.data.clean.DefaultCleaningService;
import com.mstudio.engine.data.csv.CsvExportService;
import com.mstudio.engine.predict.DefaultPropensityService;
import com.mstudio.ui.support.DatasetTestBed;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The real parts a Propensity view model runs on: the dataset bed with ND4J started (as the app starts it), the
 * propensity service and CSV export. Models train for a few epochs only (set on the setup), to keep the tests short.
 */
final class PropensityTestBed extends DatasetTestBed {
    static final Duration TRAINING = Duration.ofMinutes(4);

    final DefaultPropensityService service = new DefaultPropensityService(engine, new DefaultCleaningService());
    final CsvExportService exports = new CsvExportService(engine);

    PropensityTestBed(Path dir) {
        super(dir, true);
    }

    PropensityViewModel propensity() {
        return new PropensityViewModel(service, exports, workspace, engine, bridge, data.datasetProperty(), data::openDataset);
    }

    /** A short run: {@code epochs} at most, stopping after 3 epochs without a better validation loss. */
    static void quick(PropensityViewModel vm, int epochs) {
        vm.setup().maxEpochsProperty().set(epochs);
        vm.setup().patienceProperty().set(Math.min(epochs, 3));
    }

    void waitForResult(PropensityViewModel vm) {
        ui.pumpUntil(() -> !vm.busyProperty().get(), TRAINING);
    }
}
