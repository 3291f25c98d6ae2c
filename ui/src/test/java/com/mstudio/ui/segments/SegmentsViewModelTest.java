package com.mstudio.ui.segments;

import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobState;
import com.mstudio.engine.api.SegmentationResult;
import com.mstudio.engine.api.LoadedDataset;
import com.mstudio.ui.support.TestData;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Segments view model on the real engine, importer, segment service and workspace, with the Telco sample. */
class SegmentsViewModelTest {
    @TempDir Path dir;
    private SegmentsTestBed bed;
    /** Every job submitted to the engine, in order (the segment service submits through it). */
    private final List<JobHandle<?>> submitted = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        bed = new SegmentsTestBed(dir);
        bed.engine.observeSubmissions(Runnable::run, submitted::add);
        bed.openChurn();
        submitted.clear(); // from here on, the jobs are the Segments screen's own
    }

    @AfterEach
    void stop() {
        bed.close();
    }

    private SegmentsViewModel fixedK(int k) {
        SegmentsViewModel vm = bed.segments();
        vm.setup().chooseK(k);
        return vm;
    }

    private List<JobHandle<?>> segmentJobs() {
        return List.copyOf(submitted);
    }

    @Test
    void theDefaultsLeaveOutIdentifiersAndPersonalDataAndNothingRunsBeforeSegmentIsPressed() {
        SegmentsViewModel vm = bed.segments();
        List<String> columns = vm.setup().selectedColumns();
        assertFalse(columns.isEmpty());
        bed.data.datasetProperty().get().entry().maskedColumns().forEach(m -> assertFalse(columns.contains(m), m));
        assertTrue(columns.contains("tenure"), columns.toString());
        int before = submitted.size();
        vm.setup().chooseK(3);
        vm.setup().selectNone();
        bed.ui.pumpFor(Duration.ofMillis(600));
        assertEquals(before, submitted.size(), "edits before the first run start nothing");
        vm.segment();
        assertEquals("Tick at least one column to segment on.", vm.setup().problemProperty().get());
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void aRunShowsSegmentsKeepsTheModelAndARenameComesBackAfterARestart() {
        SegmentsViewModel vm = fixedK(4);
        vm.segment();
        assertTrue(vm.busyProperty().get());
        bed.waitForResult(vm);
        SegmentationResult r = vm.resultProperty().get();
        assertEquals(4, r.k());
        assertEquals(7043, r.assignments().length);
        assertEquals(7043, r.profiles().stream().mapToInt(p -> p.size()).sum());
        assertTrue(r.kScan().isEmpty(), "k was fixed");
        String id = bed.data.datasetProperty().get().entry().id();
        assertEquals(r.model().segmentNames(), bed.service.kept(bed.workspace, id).orElseThrow().segmentNames());

        vm.rename(1, "  Loyal families ");
        assertEquals("Loyal families", vm.resultProperty().get().profiles().get(1).name());
        assertEquals("Loyal families", bed.service.kept(bed.workspace, id).orElseThrow().segmentNames().get(1));

        bed.reopen();
        SegmentsViewModel next = bed.segments();
        assertTrue(next.busyProperty().get(), "the kept segmentation is re-applied as a job");
        assertEquals("Restoring your segments", next.busyTitleProperty().get());
        bed.waitForResult(next);
        SegmentationResult restored = next.resultProperty().get();
        assertEquals("Loyal families", restored.profiles().get(1).name());
        assertEquals(r.profiles().get(1).size(), restored.profiles().get(1).size());
        assertEquals(r.model().featureColumns(), next.setup().selectedColumns(), "the setup shows what the result was made with");
        assertFalse(next.setup().autoKProperty().get());
        assertEquals(4, next.setup().kProperty().get());
    }

    @Test
    void twoQuickRunsShowOnlyTheNewestAndCancelTheFirst() {
        SegmentsViewModel vm = bed.segments(); // auto-k: the first run scans k = 2..10, so it is still running
        List<SegmentationResult> shown = new ArrayList<>();
        vm.resultProperty().addListener((o, was, now) -> shown.add(now));
        vm.segment();
        vm.setup().chooseK(5);
        vm.segment();
        bed.waitForResult(vm);
        bed.ui.pumpFor(Duration.ofMillis(300));
        List<JobHandle<?>> jobs = segmentJobs();
        assertEquals(2, jobs.size(), jobs.toString());
        assertEquals(JobState.CANCELLED, jobs.get(0).outcome().join().state());
        assertEquals(1, shown.size(), "only the newest result was ever shown");
        assertEquals(5, shown.get(0).k());
    }

    @Test
    void editsAfterAResultReRunOnceAfterTheUserPauses() {
        SegmentsViewModel vm = fixedK(4);
        vm.segment();
        bed.waitForResult(vm);
        int runs = segmentJobs().size();
        vm.setup().chooseK(3);
        vm.setup().seedProperty().set(7);
        vm.setup().chooseK(5);
        assertTrue(vm.isRerunPending());
        assertEquals(runs, segmentJobs().size(), "nothing starts while the user is still editing");
        bed.ui.pumpUntil(() -> vm.resultProperty().get().k() == 5 && !vm.busyProperty().get(), Duration.ofSeconds(60));
        assertEquals(runs + 1, segmentJobs().size(), "three edits, one run");
        assertEquals(7, vm.resultProperty().get().model().seed());
    }

    @Test
    void aCancelledRunKeepsTheResultOnScreen() {
        SegmentsViewModel vm = fixedK(4);
        vm.segment();
        bed.waitForResult(vm);
        SegmentationResult before = vm.resultProperty().get();
        vm.setup().autoKProperty().set(true);
        vm.segment();
        assertTrue(vm.busyProperty().get());
        vm.cancel();
        assertFalse(vm.busyProperty().get());
        bed.ui.pumpFor(Duration.ofMillis(300));
        assertSame(before, vm.resultProperty().get());
        assertEquals("Cancelled. The segments shown are unchanged.", vm.noticeProperty().get());
    }

    @Test
    void clickingASegmentFiltersTheCustomers() {
        SegmentsViewModel vm = fixedK(4);
        vm.segment();
        bed.waitForResult(vm);
        SegmentationResult r = vm.resultProperty().get();
        assertNull(vm.selection().rowsProperty().get(), "everyone at first");
        assertEquals("Showing all 7,043 customers", vm.selection().summaryProperty().get());
        vm.selection().select(2);
        int[] rows = vm.selection().rowsProperty().get();
        assertEquals(r.profiles().get(2).size(), rows.length);
        for (int row : rows) assertEquals(2, r.assignments()[row]);
        assertEquals("Showing " + com.mstudio.ui.common.Formats.count(rows.length) + " of 7,043 customers in "
                + r.profiles().get(2).name(), vm.selection().summaryProperty().get());
        vm.rename(2, "Night owls");
        assertEquals(2, vm.selection().selectedProperty().get(), "a rename keeps the filter");
        assertTrue(vm.selection().summaryProperty().get().endsWith("in Night owls"));
        vm.selection().showAll();
        assertNull(vm.selection().rowsProperty().get());
    }

    @Test
    void applyingToAnotherFileShowsItsRowsAndABadFileKeepsTheResult() throws Exception {
        SegmentsViewModel vm = fixedK(4);
        vm.segment();
        bed.waitForResult(vm);
        SegmentationResult own = vm.resultProperty().get();

        Path bad = TestData.write(dir, "contacts.csv", "name,city\nAnn,Leeds\nBob,York\n");
        vm.applyTo(bad);
        bed.ui.pumpUntil(() -> !vm.busyProperty().get(), Duration.ofSeconds(60));
        assertFalse(vm.errorTitleProperty().get().isEmpty());
        assertTrue(vm.errorTitleProperty().get().contains("contacts.csv"), vm.errorTitleProperty().get());
        assertSame(own, vm.resultProperty().get());
        assertEquals("", vm.appliedToProperty().get());

        List<String> lines = Files.readAllLines(TestData.churn());
        Path newCustomers = dir.resolve("new_customers.csv");
        Files.write(newCustomers, lines.subList(0, 201));
        vm.applyTo(newCustomers);
        bed.waitForResult(vm);
        bed.ui.pumpUntil(() -> !vm.appliedToProperty().get().isEmpty());
        assertEquals("new_customers.csv", vm.appliedToProperty().get());
        SegmentationResult applied = vm.resultProperty().get();
        assertEquals(200, applied.assignments().length);
        for (int i = 0; i < 200; i++) {
            assertEquals(own.assignments()[i], applied.assignments()[i], "the same customer lands in the same segment");
        }
        vm.showDataset();
        assertSame(own, vm.resultProperty().get());
    }

    @Test
    void anAppliedFileShowsAndExportsItsPersonalDataMaskedWithTheWorkspacesCodes() throws Exception {
        SegmentsViewModel vm = fixedK(4);
        vm.segment();
        bed.waitForResult(vm);
        SegmentationResult own = vm.resultProperty().get();

        List<String> lines = Files.readAllLines(TestData.churn());
        List<String> withEmail = new ArrayList<>();
        withEmail.add(lines.get(0) + ",\"email\"");
        for (int i = 1; i <= 200; i++) withEmail.add(lines.get(i) + ",customer" + i + "@example.com");
        Path file = dir.resolve("new_customers.csv");
        Files.write(file, withEmail);
        vm.applyTo(file);
        bed.ui.pumpUntil(() -> !vm.appliedToProperty().get().isEmpty() && !vm.busyProperty().get(), Duration.ofSeconds(60));
        assertEquals("", vm.errorMessageProperty().get());
        assertEquals(List.of("email"), vm.appliedMaskedColumnsProperty().get());
        assertEquals("personal data in 1 column masked", SegmentsViewModel.maskedNote(vm.appliedMaskedColumnsProperty().get()));
        SegmentationResult applied = vm.resultProperty().get();
        int email = applied.segmented().indexOf("email");
        for (int r = 0; r < 200; r++) {
            assertTrue(applied.segmented().text(r, email).startsWith("pii_"), applied.segmented().text(r, email));
            assertEquals(own.assignments()[r], applied.assignments()[r], "masked columns are not features: same segments");
        }

        SegmentExportViewModel export = new SegmentExportViewModel(bed.service, bed.bridge, vm.resultProperty());
        Path out = dir.resolve("export");
        export.export(out);
        bed.ui.pumpUntil(() -> !export.runningProperty().get(), Duration.ofSeconds(60));
        String csv = Files.readString(out.resolve("segmented.csv"));
        assertFalse(csv.contains("@example.com"), "the export is masked too");
        assertTrue(csv.contains("pii_"));

        vm.showDataset();
        assertEquals(List.of(), vm.appliedMaskedColumnsProperty().get());
    }

    @Test
    void aFeatureThatIsMaskedOnlyInTheAppliedFileFailsNamingIt() throws Exception {
        StringBuilder own = new StringBuilder("spend,plan,contact\n");
        StringBuilder other = new StringBuilder("spend,plan,contact\n");
        for (int i = 1; i <= 60; i++) {
            own.append(10 + i * 7 % 90).append(',').append("ABC".charAt(i % 3)).append(',').append(i % 2 == 0 ? "phone" : "post").append('\n');
            other.append(10 + i * 7 % 90).append(',').append("ABC".charAt(i % 3)).append(",person").append(i).append("@example.com\n");
        }
        bed.open(TestData.write(dir, "members.csv", own.toString()));
        SegmentsViewModel vm = fixedK(3);
        vm.setup().features().forEach(f -> f.selectedProperty().set(true));
        assertTrue(vm.setup().selectedColumns().contains("contact"), vm.setup().selectedColumns().toString());
        vm.segment();
        bed.waitForResult(vm);
        SegmentationResult before = vm.resultProperty().get();

        vm.applyTo(TestData.write(dir, "new_members.csv", other.toString()));
        bed.ui.pumpUntil(() -> !vm.busyProperty().get() && !vm.errorMessageProperty().get().isEmpty(), Duration.ofSeconds(60));
        assertTrue(vm.errorMessageProperty().get().contains("\u201ccontact\u201d holds personal data in new_members.csv"),
                vm.errorMessageProperty().get());
        assertEquals("", vm.appliedToProperty().get());
        assertSame(before, vm.resultProperty().get());
    }

    @Test
    void exportWritesTheSegmentedCsvAndTheReport() throws Exception {
        SegmentsViewModel vm = fixedK(4);
        vm.segment();
        bed.waitForResult(vm);
        SegmentExportViewModel export = new SegmentExportViewModel(bed.service, bed.bridge, vm.resultProperty());
        Path out = dir.resolve("export");
        export.export(out);
        assertTrue(export.runningProperty().get());
        bed.ui.pumpUntil(() -> !export.runningProperty().get(), Duration.ofSeconds(60));
        assertTrue(export.messageProperty().get().startsWith("Wrote segmented.csv"), export.messageProperty().get());
        assertTrue(Files.size(out.resolve("segmented.csv")) > 0);
        assertTrue(Files.readString(out.resolve("segment-report.html")).contains("<svg"));
    }

    @Test
    void withoutADatasetThereIsNothingToSegment() {
        SegmentsViewModel vm = new SegmentsViewModel(bed.service, bed.importer, bed.workspace, bed.bridge,
                new SimpleObjectProperty<LoadedDataset>());
        assertNull(vm.datasetProperty().get());
        assertTrue(vm.setup().features().isEmpty());
        vm.segment();
        assertFalse(vm.busyProperty().get());
        assertNull(vm.resultProperty().get());
    }

    @Test
    void rfmIsOfferedWhenTheFileHasTransactionsAndGivesMarketersGroups() throws Exception {
        StringBuilder csv = new StringBuilder("customer_id,order_date,amount\n");
        java.util.Random random = new java.util.Random(3);
        for (int c = 1; c <= 60; c++) {
            int orders = 1 + random.nextInt(c % 5 == 0 ? 12 : 3);
            for (int o = 0; o < orders; o++) {
                csv.append("C").append(c).append(',').append(java.time.LocalDate.of(2024, 1, 1)
                        .plusDays(random.nextInt(c % 3 == 0 ? 60 : 365))).append(',')
                        .append(10 + random.nextInt(c % 4 == 0 ? 500 : 60)).append('\n');
            }
        }
        bed.open(TestData.write(dir, "orders.csv", csv.toString()));
        SegmentsViewModel vm = bed.segments();
        SegmentSetupViewModel setup = vm.setup();
        assertTrue(setup.rfmAvailableProperty().get());
        assertEquals(List.of("Customer id", "Date", "Amount"), setup.rfmPickers().stream().map(RfmPicker::label).toList());
        assertEquals(List.of("customer_id", "order_date", "amount"),
                setup.rfmPickers().stream().map(p -> p.columnProperty().get()).toList());
        setup.methodProperty().set(com.mstudio.engine.api.SegmentationRequest.Method.RFM);
        vm.segment();
        bed.waitForResult(vm);
        SegmentationResult r = vm.resultProperty().get();
        assertEquals(com.mstudio.engine.api.SegmentationRequest.Method.RFM, r.model().method());
        assertEquals(60, r.assignments().length, "one row per customer");
        assertTrue(r.kScan().isEmpty());
        List<String> groups = List.of("Champions", "Loyal", "Potential loyalist", "New", "Needs attention", "At risk",
                "Can't lose", "Hibernating", "Lost");
        r.model().segmentNames().forEach(n -> assertTrue(groups.contains(n), n));
    }
}
