package com.mstudio.ui.propensity;

import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.ModelEvaluation;
import com.mstudio.engine.api.PropensityModel;
import com.mstudio.engine.api.PropensityResult;
import com.mstudio.engine.api.PropensityResult.TrainedModel;
import com.mstudio.engine.api.PropensityService;
import com.mstudio.engine.api.PropensityService.ThresholdView;
import com.mstudio.ui.data.DataViewModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Propensity view model on the real engine (ND4J), importer, propensity service and workspace, with the Telco
 * sample: one short training run (6 epochs at most) shared by the tests, which look at it from every side; the last
 * ones score and reopen, so they run in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PropensityViewModelTest {
    private Path dir;
    private PropensityTestBed bed;
    private PropensityViewModel vm;
    /** (busy, points) each time the curves changed, to see that they moved while training ran. */
    private final List<int[]> curveMoves = new ArrayList<>();
    private final List<JobHandle<?>> submitted = new CopyOnWriteArrayList<>();

    @BeforeAll
    void trainOnce() throws Exception {
        dir = Files.createTempDirectory("propensity-vm");
        bed = new PropensityTestBed(dir);
        bed.openChurn();
        bed.engine.observeSubmissions(Runnable::run, submitted::add);
        vm = bed.propensity();
        PropensityTestBed.quick(vm, 6);
        vm.curves().revisionProperty().addListener(o ->
                curveMoves.add(new int[] {vm.busyProperty().get() ? 1 : 0, vm.curves().size()}));
        vm.train();
        assertTrue(vm.busyProperty().get());
        long t0 = System.nanoTime();
        bed.waitForResult(vm);
        System.out.printf("Propensity VM: trained both models (6 epochs at most) on Telco in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    @AfterAll
    void close() {
        bed.close();
    }

    private PropensityResult result() {
        return vm.resultProperty().get();
    }

    @Test
    @Order(1)
    void theSetupStartsWithChurnEqualsYesAndTheSuggestedColumns() {
        PropensitySetupViewModel s = vm.setup();
        assertEquals("churn", s.targetProperty().get(), "churn is the default target when there is one");
        assertEquals("Yes", s.positiveProperty().get());
        assertTrue(PropensitySetupViewModel.label(s.positiveValues().get(0)).matches("Yes \\(1,869\\)"),
                PropensitySetupViewModel.label(s.positiveValues().get(0)));
        assertFalse(s.selectedColumns().contains(s.targetProperty().get()));
        assertTrue(s.selectedColumns().contains("tenure"), s.selectedColumns().toString());
        bed.data.datasetProperty().get().entry().maskedColumns().forEach(m ->
                assertTrue(s.features().stream().noneMatch(f -> f.column().equals(m)), "personal data is never offered: " + m));
        assertEquals(42, s.seedProperty().get());
    }

    @Test
    @Order(2)
    void trainingStreamsCurvesThenShowsBothModelsAndKeepsThem() {
        assertNotNull(result(), () -> "error: " + vm.errorMessageProperty().get() + " notice: " + vm.noticeProperty().get());
        assertEquals(2, result().models().size());
        int finalPoints = vm.curves().size();
        List<int[]> whileBusy = curveMoves.stream().filter(m -> m[0] == 1 && m[1] > 0).toList();
        assertTrue(whileBusy.size() >= 2, "the curves moved while the job ran: " + whileBusy.size() + " updates");
        assertTrue(whileBusy.get(0)[1] < whileBusy.get(whileBusy.size() - 1)[1], "and grew");
        int epochsTrained = result().models().stream().mapToInt(t -> t.curve().size()).sum();
        assertEquals(4 * epochsTrained, finalPoints, "four series per model, one point per epoch");
        for (TrainedModel t : result().models()) {
            List<com.mstudio.engine.api.ModelEvaluation.Point> live = vm.curves().points(
                    PropensityService.series(t.model().kind(), PropensityService.SERIES_LOSS_VALIDATION));
            assertEquals(t.curve().get(t.curve().size() - 1).validationLoss(), live.get(live.size() - 1).y(), 1e-12);
            double auc = t.model().test().rocAuc();
            System.out.printf("Propensity VM: %s test ROC AUC %.3f after %d epochs (best %d)%n", t.model().kind(), auc,
                    t.curve().size(), t.bestEpoch());
            assertTrue(auc > 0.75, t.model().kind() + " ROC AUC " + auc);
        }
        assertFalse(vm.staleProperty().get());
        assertTrue(vm.keptSummaryProperty().get().startsWith("Trained "), vm.keptSummaryProperty().get());
        assertTrue(vm.keptSummaryProperty().get().contains("ROC AUC 0."), vm.keptSummaryProperty().get());
        String id = bed.data.datasetProperty().get().entry().id();
        assertEquals(2, bed.service.kept(bed.workspace, id).models().size(), "both models are kept in the workspace");
        assertEquals(ResultsViewModel.winner(result()), vm.results().shownProperty().get(), "the winner's charts are shown");
        assertTrue(vm.results().gainsSentenceProperty().get()
                .matches("Contacting the top 20% reaches \\d+% of the churners \\(\\d+\\.\\d× a random pick\\)\\."),
                vm.results().gainsSentenceProperty().get());
    }

    @Test
    @Order(3)
    void theThresholdSliderGivesTheServiceFiguresAndTheMatrixCellsListThoseCustomers() {
        ResultsViewModel r = vm.results();
        double modelThreshold = r.selected().model().test().threshold();
        assertEquals(modelThreshold, r.thresholdProperty().get(), "the slider starts at the model's own threshold");
        assertEquals(modelThreshold, r.atThresholdProperty().get().threshold());
        for (double t : new double[] {0.2, 0.5, 0.73}) {
            r.thresholdProperty().set(t);
            ThresholdView shown = r.atThresholdProperty().get();
            ModelEvaluation e = r.selected().evaluation();
            assertEquals(bed.service.atThreshold(e, t), shown);
            // Counted by hand from the test scores: the figures are those of this threshold, not of 0.5.
            int tp = 0, fp = 0, fn = 0, tn = 0;
            for (int i = 0; i < e.scores().length; i++) {
                boolean flagged = e.scores()[i] >= t;
                if (flagged && e.actual()[i]) tp++; else if (flagged) fp++; else if (e.actual()[i]) fn++; else tn++;
            }
            assertEquals(tp, shown.truePositives());
            assertEquals(fp, shown.falsePositives());
            assertEquals(fn, shown.falseNegatives());
            assertEquals(tn, shown.trueNegatives());
            assertEquals(tp / (double) (tp + fn), shown.recall(), 1e-9);
            r.showCell(ConfusionCell.FALSE_NEGATIVE);
            assertEquals(fn, r.cellRowsProperty().get().length, "the list follows the threshold");
            r.showCell(ConfusionCell.TRUE_POSITIVE);
            assertEquals(tp, r.cellRowsProperty().get().length);
            for (int i : r.cellRowsProperty().get()) assertTrue(e.actual()[i] && e.scores()[i] >= t);
        }
        r.thresholdProperty().set(0.5);
    }

    @Test
    @Order(4)
    void aCustomerIsExplainedWithTheScoreTheTestSetGaveThem() {
        ModelEvaluation e = vm.results().selected().evaluation();
        int testRow = 0;
        int datasetRow = e.sourceRows()[testRow];
        vm.explain(datasetRow);
        bed.ui.pumpUntil(() -> !vm.explanation().busyProperty().get() && vm.explanation().explanationProperty().get() != null,
                Duration.ofSeconds(60));
        PropensityService.Explanation x = vm.explanation().explanationProperty().get();
        assertEquals(e.scores()[testRow], x.score(), 1e-4, "the explained score is the one measured on the test rows");
        assertFalse(x.contributions().isEmpty());
        assertTrue(x.baseScore() > 0 && x.baseScore() < 1);
        vm.explain(bed.data.datasetProperty().get().view().rowCount() + 5);
        assertTrue(vm.explanation().errorProperty().get().startsWith("There is no customer at row"));
        assertNotNull(vm.explanation().explanationProperty().get(), "a bad row keeps the explanation on screen");
    }

    @Test
    @Order(5)
    void changingInputsMarksResultsOutOfDateWithoutRetraining() {
        long jobs = submitted.stream().filter(h -> !h.name().equals("Checking for leakage")).count();
        vm.setup().features().get(0).selectedProperty().set(!vm.setup().features().get(0).selectedProperty().get());
        bed.ui.pumpFor(Duration.ofMillis(300));
        assertTrue(vm.staleProperty().get());
        // The tick re-checks leakage in the background (an I/O job); no training or scoring starts by itself.
        assertEquals(jobs, submitted.stream().filter(h -> !h.name().equals("Checking for leakage")).count(),
                "no job starts by itself");
        assertNotNull(result(), "the results stay");
        vm.setup().features().get(0).selectedProperty().set(!vm.setup().features().get(0).selectedProperty().get());
    }

    @Test
    @Order(6)
    void scoringKeepsAScoredDatasetAndMakesItTheActiveOne() {
        String before = bed.data.datasetProperty().get().entry().id();
        PropensityResult shown = result();
        vm.scoreAll();
        bed.ui.pumpUntil(() -> !bed.data.datasetProperty().get().entry().id().equals(before)
                && !vm.scoring().runningProperty().get(), Duration.ofSeconds(120));
        var scored = bed.data.datasetProperty().get();
        DataTable view = scored.view();
        assertTrue(scored.entry().name().endsWith("(scored)"), scored.entry().name());
        int p = view.indexOf("propensity"), d = view.indexOf("propensity_decile");
        assertTrue(p >= 0 && d >= 0, "the active dataset has the propensity columns");
        assertEquals(7043, view.rowCount());
        for (int r = 0; r < view.rowCount(); r += 97) {
            double s = view.number(r, p);
            assertTrue(s >= 0 && s <= 1, "score " + s);
            assertTrue(view.number(r, d) >= 1 && view.number(r, d) <= 10);
        }
        // The test rows' scores written back are the scores the evaluation measured (same model, same rows).
        PropensityModel best = vm.models().stream().max(java.util.Comparator.comparingDouble(m -> m.test().rocAuc())).orElseThrow();
        ModelEvaluation e = result().models().stream().filter(t -> t.model() == best).findFirst().orElseThrow().evaluation();
        assertEquals(e.scores()[3], view.number(e.sourceRows()[3], p), 1e-4);
        assertEquals(scored.entry().maskedColumns(), bed.workspace.manifest().dataset(before).maskedColumns(), "masking carried over");
        assertEquals(shown, result(), "the results stay on screen for the scored copy");
        assertEquals(2, bed.service.kept(bed.workspace, scored.entry().id()).models().size(), "the models are kept with the scored copy");
        assertTrue(vm.scoring().messageProperty().get().startsWith("Scored 7,043 customers."), vm.scoring().messageProperty().get());
        assertTrue(vm.canExportScored());
    }

    @Test
    @Order(7)
    void exportWritesTheScoredView() throws Exception {
        Path out = dir.resolve("scored.csv");
        vm.exportScored(out);
        bed.ui.pumpUntil(() -> !vm.scoring().runningProperty().get(), Duration.ofSeconds(60));
        List<String> lines = Files.readAllLines(out);
        assertEquals(7044, lines.size());
        assertTrue(lines.get(0).endsWith("propensity,propensity_decile"), lines.get(0));
    }

    @Test
    @Order(8)
    void reopeningShowsTheKeptModelsAndScoresWithoutRetraining() {
        DataViewModel data = bed.reopen();
        PropensityViewModel again = bed.propensity();
        bed.ui.pumpUntil(() -> !again.kept().isEmpty(), Duration.ofSeconds(30)); // read on the I/O lane
        assertNull(again.resultProperty().get());
        assertEquals(2, again.kept().size());
        assertTrue(again.keptSummaryProperty().get().matches("Trained \\d{1,2} \\w{3} \\d\\d:\\d\\d · .*ROC AUC 0\\.\\d\\d.*"),
                again.keptSummaryProperty().get());
        assertFalse(again.staleProperty().get());
        String before = data.datasetProperty().get().entry().id();
        int jobs = submitted.size();
        again.scoreAll();
        bed.ui.pumpUntil(() -> !data.datasetProperty().get().entry().id().equals(before), Duration.ofSeconds(120));
        assertTrue(submitted.subList(jobs, submitted.size()).stream().noneMatch(j -> j.name().startsWith("Train")),
                "scored with the kept models, no training");
        assertTrue(data.datasetProperty().get().view().indexOf("propensity") >= 0);
    }
}
