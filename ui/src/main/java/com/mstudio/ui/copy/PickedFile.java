package com.mstudio.ui.copy;

import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.ImportOptions;
import com.mstudio.engine.api.ImportResult;
import com.mstudio.engine.api.ImportService;
import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.engine.api.LoadedDataset;
import com.mstudio.engine.api.MaskedTable;
import com.mstudio.engine.api.Workspace;
import com.mstudio.ui.common.LatestJob;
import com.mstudio.ui.common.UiBridge;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * A CSV the user picks on the Copy screen from outside the workspace (the batch's file, the separate test file), read
 * and masked the way the import masks a dataset (ADR 0004): detected options, then
 * {@link Workspace#maskPersonalData}, which finds e-mails, phone numbers, names and addresses and replaces them with
 * this workspace's stable codes. The masked table is what the screen shows, classifies, evaluates and exports, so a
 * picked file never shows or writes what the same data would hide as a dataset. Two jobs in a row under the owner's
 * {@link LatestJob}: a newer pick or Cancel supersedes either.
 */
final class PickedFile {
    /**
     * The file as the screen uses it.
     *
     * @param table         the file with its personal-data columns masked
     * @param maskedColumns those columns, in table order (empty when it has none)
     */
    record Read(String name, DataTable table, List<String> maskedColumns) {
        Read {
            maskedColumns = List.copyOf(maskedColumns);
        }

        /** "Personal data is masked in new.csv: email (…)." as the Data screen says it of a dataset; "" when none. */
        String note() {
            return maskedColumns.isEmpty() ? "" : "Personal data is masked in " + name + ": " + String.join(", ", maskedColumns)
                    + " (shown and exported as the stable codes this workspace's datasets use).";
        }

        /**
         * Why {@code columns} of this file cannot stand next to the same columns of {@code dataset}'s view: one of them
         * is masked here but shown in clear there (or the other way round), so a model trained on one would be tested
         * on codes it never saw (or texts where it saw codes). Null when they agree.
         */
        String maskedUnlike(LoadedDataset dataset, List<String> columns) {
            for (String c : columns) {
                boolean here = maskedColumns.contains(c);
                boolean there = dataset.entry().maskedColumns().contains(c) && !dataset.unmaskedColumns().contains(c);
                if (here == there) continue;
                return "Column \u201c" + c + "\u201d " + (here
                        ? "holds personal data in " + name + ", so it is masked there, but the dataset shows it in clear"
                        : "is masked as personal data in the dataset, but " + name + " has it in clear")
                        + ": the test rows would not read like the training rows. "
                        + (here ? "Use a test file without personal data in it." : "Show it in clear on the Data screen, or use another test file.");
            }
            return null;
        }
    }

    private final ImportService importer;
    private final Workspace workspace;
    private final UiBridge bridge;
    private final LatestJob job;

    PickedFile(ImportService importer, Workspace workspace, UiBridge bridge, LatestJob job) {
        this.importer = importer;
        this.workspace = workspace;
        this.bridge = bridge;
        this.job = job;
    }

    /**
     * Reads and masks {@code file}; {@code step} hears what is being done, {@code done} the end: the masked file,
     * a failure in plain words (naming the step), or a cancel. Runs on the UI thread only.
     */
    void read(Path file, Consumer<String> step, Consumer<JobOutcome<Read>> done) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        long gen = job.next();
        step.accept("Reading " + name + "…");
        JobHandle<ImportResult> h = importer.importCsv(file, ImportOptions.detectAll(), bridge.source(),
                bridge.listener(job.<ImportResult>listener(gen, p -> {}, o -> {
                    if (o instanceof JobOutcome.Succeeded<ImportResult> s) {
                        mask(name, s.value().table(), step, done);
                    } else if (o instanceof JobOutcome.Failed<ImportResult> f) {
                        done.accept(new JobOutcome.Failed<>(f.message(), f.cause()));
                    } else {
                        done.accept(new JobOutcome.Cancelled<>());
                    }
                })));
        job.started(gen, h);
    }

    private void mask(String name, DataTable table, Consumer<String> step, Consumer<JobOutcome<Read>> done) {
        long gen = job.next();
        step.accept("Looking for personal data in " + name + "…");
        JobHandle<MaskedTable> h = workspace.maskPersonalData(name, table, bridge.source(),
                bridge.listener(job.<MaskedTable>listener(gen, p -> {}, o -> {
                    if (o instanceof JobOutcome.Succeeded<MaskedTable> s) {
                        done.accept(new JobOutcome.Succeeded<>(new Read(name, s.value().masked(), s.value().maskedColumns())));
                    } else if (o instanceof JobOutcome.Failed<MaskedTable> f) {
                        // Unmasked personal data is never used instead: the file is refused as a whole.
                        done.accept(new JobOutcome.Failed<>("its personal data could not be masked, so it is not used: "
                                + f.message(), f.cause()));
                    } else {
                        done.accept(new JobOutcome.Cancelled<>());
                    }
                })));
        job.started(gen, h);
    }
}
