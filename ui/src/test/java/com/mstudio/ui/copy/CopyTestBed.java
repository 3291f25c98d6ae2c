package com.mstudio.ui.copy;

import com.mstudio.engine.api.CopyRequest;
import com.mstudio.engine.api.CopyTrainingResult;
import com.mstudio.engine.copy.DefaultCopyService;
import com.mstudio.engine.data.csv.CsvExportService;
import com.mstudio.ui.support.DatasetTestBed;
import com.mstudio.ui.support.TestData;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The real parts the Copy view model runs on (ND4J started, as in the app) and a real subset of the SpamAssassin
 * subject lines: every 8th row of samples/spam_subjects.csv (about 750 rows, ham and spam in the sample's ratio), so
 * a small model trains in seconds.
 */
final class CopyTestBed extends DatasetTestBed {
    static final Duration TRAINING = Duration.ofMinutes(3);

    final DefaultCopyService service = new DefaultCopyService(engine);
    final CsvExportService exports = new CsvExportService(engine);

    CopyTestBed(Path dir) {
        super(dir, true);
    }

    CopyViewModel copy() {
        return new CopyViewModel(service, importer, exports, workspace, engine, bridge, data.datasetProperty());
    }

    /** Every {@code every}-th row of the spam sample, written to {@code dir}/spam_subset.csv (the sample's rows are one per line). */
    static Path spamSubset(Path dir, int every) throws IOException {
        List<String> lines = Files.readAllLines(TestData.repoRoot().resolve("samples/spam_subjects.csv"), StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>(List.of(lines.get(0)));
        for (int i = 1; i < lines.size(); i += every) out.add(lines.get(i));
        return Files.write(dir.resolve("spam_subset.csv"), out, StandardCharsets.UTF_8);
    }

    /** A small, quick model: 32-dim embeddings, 4 heads, small batches at a higher rate, at most {@code epochs} epochs. */
    static void quick(CopySetupViewModel setup, int epochs) {
        setup.embeddingProperty().set(32);
        setup.headsProperty().set(4);
        setup.maxLengthProperty().set(24);
        setup.batchSizeProperty().set(32);
        setup.learningRateProperty().set(2e-3);
        setup.maxEpochsProperty().set(epochs);
        setup.patienceProperty().set(Math.min(epochs, 3));
    }

    void waitForTraining(CopyViewModel vm) {
        ui.pumpUntil(() -> !vm.busyProperty().get(), TRAINING);
    }

    /** A quick baseline (3 epochs at most) judged on {@code testFile}, trained to the end; its result, or null. */
    CopyTrainingResult trainBaselineTestedOn(CopyViewModel vm, Path testFile) {
        quick(vm.setup(), 3);
        vm.setup().modelsProperty().set(CopyRequest.Models.BASELINE);
        vm.setup().testFileProperty().set(testFile);
        vm.train();
        waitForTraining(vm);
        return vm.resultProperty().get();
    }
}
