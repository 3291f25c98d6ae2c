package com.mstudio.ui.copy;

import com.mstudio.engine.api.CopyModel;
import com.mstudio.engine.api.CopyService;
import com.mstudio.engine.api.CopyService.Classification;
import com.mstudio.engine.api.CopyService.Explanation;
import com.mstudio.engine.api.CopyTrainingResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The Copy view model on the real engine and a real spam subset: train both models briefly with live curves, read the
 * texts of a confusion cell, classify in the playground as the user types, compare variants, label the column and
 * export it, and find the models again after the workspace reopens.
 */
class CopyViewModelTest {
    @TempDir Path dir;

    @Test
    void trainsExplainsComparesLabelsAndKeepsTheModels() throws Exception {
        try (CopyTestBed bed = new CopyTestBed(dir)) {
            bed.open(CopyTestBed.spamSubset(dir, 8));
            CopyViewModel vm = bed.copy();
            CopyTestBed.quick(vm.setup(), 6);
            vm.train();
            assertTrue(vm.busyProperty().get());
            bed.waitForTraining(vm);
            CopyTrainingResult r = vm.resultProperty().get();
            assertNotNull(r, vm.errorMessageProperty().get());
            assertEquals(List.of(CopyModel.Kind.ATTENTION, CopyModel.Kind.BASELINE), vm.models().stream().map(CopyModel::kind).toList());
            assertFalse(vm.curves().points(CopyService.series(CopyModel.Kind.ATTENTION, CopyService.SERIES_LOSS_TRAIN)).isEmpty());
            assertTrue(vm.keptSummaryProperty().get().startsWith("Trained "));
            for (CopyTrainingResult.TrainedModel t : r.models()) {
                System.out.printf("copy ui test: %s accuracy %.3f macro-F1 %.3f on %d test rows (%.2f s/epoch, noisy machine)%n",
                        t.model().kind(), t.model().test().accuracy(), t.model().test().macroF1(), t.model().test().testRows(), t.secondsPerEpoch());
                assertTrue(t.model().test().accuracy() > 0.75, "better than always saying ham (about 69% of this subset)");
            }

            // Confusion: the texts of "actual spam, predicted spam" are real spam subjects of the test rows.
            CopyTrainingResult.TrainedModel shown = vm.confusion().trained();
            int spam = shown.model().labels().indexOf("spam");
            vm.confusion().select(spam, spam);
            assertEquals(shown.confusion()[spam][spam], vm.confusion().rows().size());
            assertTrue(vm.confusion().rows().stream().allMatch(row -> row.actual().equals("spam") && !row.text().isBlank()));

            // Playground: typing classifies after the pause; the tokens carry weights.
            PlaygroundViewModel play = vm.playground();
            assertSame(CopyTexts.best(vm.models()), play.modelProperty().get());
            play.textProperty().set("FREE money!!! Act now, limited offer");
            assertTrue(play.isPending(), "waits for the pause in typing");
            bed.ui.pumpUntil(() -> play.classificationProperty().get() != null && !play.busyProperty().get(), Duration.ofSeconds(30));
            Classification c = play.classificationProperty().get();
            assertEquals(2, c.scores().size());
            assertFalse(c.tokens().isEmpty());
            assertTrue(List.of("occlusion", "attention").contains(c.weightKind()));

            // Attention weights for the attention model; a baseline has none, so it falls back to occlusion.
            play.modelProperty().set(vm.models().get(0));
            play.explanationProperty().set(Explanation.ATTENTION);
            bed.ui.pumpUntil(() -> !play.busyProperty().get() && play.classificationProperty().get() != null
                    && play.classificationProperty().get().weightKind().equals("attention"), Duration.ofSeconds(30));
            assertEquals(1.0, play.classificationProperty().get().tokens().stream().mapToDouble(t -> t.weight()).sum(), 1e-3);
            play.modelProperty().set(vm.models().get(1));
            assertFalse(play.attentionAvailableProperty().get());
            assertEquals(Explanation.OCCLUSION, play.explanationProperty().get());
            bed.ui.pumpUntil(() -> !play.busyProperty().get(), Duration.ofSeconds(30));
            assertEquals("occlusion", play.classificationProperty().get().weightKind());

            // Variants: two headlines, the best for "ham" marked.
            VariantsViewModel variants = play.variants();
            variants.texts().get(0).set("Meeting notes for Tuesday");
            variants.texts().get(1).set("WIN CASH NOW!!! 100% FREE");
            variants.compare();
            bed.ui.pumpUntil(() -> !variants.busyProperty().get() && !variants.results().isEmpty(), Duration.ofSeconds(30));
            assertEquals(2, variants.results().size());
            assertEquals("ham", variants.goalProperty().get());
            int ham = play.modelProperty().get().labels().indexOf("ham");
            int expected = variants.results().get(0).scores().get(ham) >= variants.results().get(1).scores().get(ham) ? 0 : 1;
            assertEquals(expected, variants.bestProperty().get());

            // Batch: label the column and export it with label and confidence.
            BatchViewModel batch = vm.batch();
            assertEquals("subject", batch.columnProperty().get());
            // The sample has its own "label" column: the screen says which columns the run will add instead.
            assertEquals(new CopyService.BatchColumns("predicted_label", "predicted_confidence"), batch.addedColumnsProperty().get());
            assertEquals("Adds the columns \u201cpredicted_label\u201d and \u201cpredicted_confidence\u201d: the table's own"
                    + " \u201clabel\u201d column is kept as it is.", batch.addedTextProperty().get());
            batch.run();
            bed.ui.pumpUntil(() -> !batch.runningProperty().get(), Duration.ofSeconds(60));
            assertNotNull(batch.labelledProperty().get(), batch.messageProperty().get());
            int rows = bed.data.datasetProperty().get().view().rowCount();
            assertEquals(rows, batch.labelledProperty().get().rowCount());
            assertFalse(batch.preview().isEmpty());
            Path out = dir.resolve("labelled.csv");
            batch.export().export(out);
            bed.ui.pumpUntil(() -> !batch.export().runningProperty().get(), Duration.ofSeconds(30));
            List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
            assertEquals(rows + 1, lines.size());
            // The sample's own "label" column is kept, row for row; the model's answer comes after it under free names.
            assertEquals("label,subject,predicted_label,predicted_confidence", lines.get(0));
            List<String> source = Files.readAllLines(dir.resolve("spam_subset.csv"), StandardCharsets.UTF_8);
            for (int i = 1; i < lines.size(); i++) {
                assertTrue(lines.get(i).startsWith(source.get(i).substring(0, source.get(i).indexOf(',') + 1)), lines.get(i));
                assertTrue(lines.get(i).matches(".*,(ham|spam),(0|1)(\\.\\d+)?(E-?\\d+)?"), lines.get(i));
            }
            BatchViewModel.Row first = batch.preview().get(0);
            assertEquals(lines.get(1).split(",")[lines.get(1).split(",").length - 2], first.label(), "the preview shows the model's label");
            assertTrue(batch.export().messageProperty().get().contains("with predicted_label and predicted_confidence"),
                    batch.export().messageProperty().get());

            // Another CSV as the source: its text column is offered, and the labels of the run before are gone.
            batch.useFile(com.mstudio.ui.support.TestData.repoRoot().resolve("samples/chinese_ad_copy.csv"));
            bed.ui.pumpUntil(() -> !batch.runningProperty().get(), Duration.ofSeconds(30));
            assertEquals("chinese_ad_copy.csv", batch.sourceNameProperty().get());
            assertEquals("text", batch.columnProperty().get());
            assertNull(batch.labelledProperty().get());
            batch.useFile(dir.resolve("missing.csv"));
            bed.ui.pumpUntil(() -> !batch.runningProperty().get(), Duration.ofSeconds(30));
            assertTrue(batch.messageProperty().get().startsWith("missing.csv could not be read: "), batch.messageProperty().get());
            assertEquals("chinese_ad_copy.csv", batch.sourceNameProperty().get(), "a file that fails to read changes nothing");

            // The next start: the models come back from the workspace, ready for the playground.
            bed.reopen();
            CopyViewModel again = bed.copy();
            bed.ui.pumpUntil(() -> !again.models().isEmpty(), Duration.ofSeconds(30)); // read on the I/O lane
            assertEquals(2, again.models().size());
            assertTrue(again.fromKeptProperty().get());
            assertNull(again.resultProperty().get());
            assertNotNull(again.playground().modelProperty().get());

            // A kept file that can no longer be read (damaged here; a retired format behaves the same) is named, and
            // the other model stays usable.
            Path attention = bed.workspace.folder().resolve("models")
                    .resolve(bed.data.datasetProperty().get().entry().id()).resolve("attention.copy.zip");
            Files.write(attention, new byte[] {1, 2, 3});
            bed.reopen();
            CopyViewModel partly = bed.copy();
            bed.ui.pumpUntil(() -> !partly.models().isEmpty(), Duration.ofSeconds(30));
            assertEquals(List.of(CopyModel.Kind.BASELINE), partly.models().stream().map(CopyModel::kind).toList());
            assertTrue(partly.noticeProperty().get().startsWith("Some of your saved copy classifiers could not be read")
                    && partly.noticeProperty().get().contains("attention.copy.zip"), partly.noticeProperty().get());
            assertEquals("", partly.errorTitleProperty().get());
        }
    }
}
