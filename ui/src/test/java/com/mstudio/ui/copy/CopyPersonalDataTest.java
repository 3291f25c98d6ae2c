package com.mstudio.ui.copy;

import com.mstudio.engine.api.CopyTrainingResult;
import com.mstudio.engine.api.DataTable;
import com.mstudio.ui.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Files picked on the Copy screen from outside the workspace (the separate test file, the batch's CSV) get the
 * import's personal-data rule (ADR 0004): e-mail addresses are found and masked with the workspace's codes, the
 * screen says so, and neither the confusion texts, the batch preview nor the export show an address. Real files: real
 * subject lines of the spam sample, each with a sender's e-mail address.
 */
class CopyPersonalDataTest {
    @TempDir Path dir;

    /** "sender,subject" rows: every {@code every}-th subject of the sample from row {@code from}, with an address. */
    private Path withSenders(String name, int from, int every) throws Exception {
        List<String> lines = Files.readAllLines(TestData.repoRoot().resolve("samples/spam_subjects.csv"), StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>(List.of("sender," + lines.get(0)));
        for (int i = from; i < lines.size(); i += every) out.add("reader." + i + "@mail" + (i % 7) + ".example.com," + lines.get(i));
        return Files.write(dir.resolve(name), out, StandardCharsets.UTF_8);
    }

    @Test
    void theTestFileAndTheBatchFileAreMaskedAsTheImportMasksADataset() throws Exception {
        try (CopyTestBed bed = new CopyTestBed(dir)) {
            bed.open(CopyTestBed.spamSubset(dir, 8));
            Path testFile = withSenders("spam_test.csv", 5, 16);
            CopyViewModel vm = bed.copy();
            CopyTrainingResult r = bed.trainBaselineTestedOn(vm, testFile);
            assertNotNull(r, vm.errorMessageProperty().get());
            assertEquals(Files.readAllLines(testFile).size() - 1, r.split().testRows(), "every row of the test file is kept");
            assertTrue(vm.noticeProperty().get().contains("Personal data is masked in spam_test.csv: sender"),
                    vm.noticeProperty().get());

            // The batch: the file's addresses are masked before anything is shown; the subjects are untouched.
            Path batchFile = withSenders("to_label.csv", 3, 40);
            BatchViewModel batch = vm.batch();
            batch.useFile(batchFile);
            bed.ui.pumpUntil(() -> !batch.runningProperty().get(), Duration.ofSeconds(60));
            assertEquals("to_label.csv", batch.sourceNameProperty().get(), batch.messageProperty().get());
            assertTrue(batch.privacyTextProperty().get().startsWith("Personal data is masked in to_label.csv: sender"),
                    batch.privacyTextProperty().get());
            assertEquals(List.of("subject"), batch.columns(), "a masked column holds codes, not copy to classify");
            DataTable source = batch.sourceProperty().get();
            int sender = source.indexOf("sender");
            for (int row = 0; row < source.rowCount(); row++) {
                assertTrue(source.text(row, sender).matches("pii_[0-9a-f]{12}"), source.text(row, sender));
            }
            batch.run();
            bed.ui.pumpUntil(() -> !batch.runningProperty().get(), Duration.ofSeconds(60));
            assertNotNull(batch.labelledProperty().get(), batch.messageProperty().get());
            Path out = dir.resolve("labelled.csv");
            batch.export().export(out);
            bed.ui.pumpUntil(() -> !batch.export().runningProperty().get(), Duration.ofSeconds(30));
            List<String> in = Files.readAllLines(batchFile, StandardCharsets.UTF_8);
            List<String> written = Files.readAllLines(out, StandardCharsets.UTF_8);
            assertEquals(in.size(), written.size(), "every row is exported");
            assertEquals("sender,label,subject,predicted_label,predicted_confidence", written.get(0));
            for (int i = 1; i < written.size(); i++) {
                String line = written.get(i), original = in.get(i);
                int comma = line.indexOf(',');
                assertTrue(line.substring(0, comma).matches("pii_[0-9a-f]{12}"), "the address is a code: " + line);
                assertFalse(line.contains("@mail"), "no address in the export: " + line);
                String truth = original.substring(original.indexOf(',') + 1, original.indexOf(',', original.indexOf(',') + 1));
                assertTrue(line.substring(comma + 1).startsWith(truth + ","), "the file's own label is kept: " + line);
                // A row without a subject keeps its place with no guess (both new cells empty).
                assertTrue(line.matches(".*,((ham|spam),[01](\\.\\d+)?(E-?\\d+)?|,)"), line);
            }

            // A test file whose text column is masked there but in clear in the dataset cannot be compared: said so.
            List<String> swapped = new ArrayList<>(List.of("label,subject"));
            for (int i = 1; i <= 60; i++) swapped.add((i % 3 == 0 ? "spam" : "ham") + ",reader." + i + "@example.com");
            vm.setup().testFileProperty().set(Files.write(dir.resolve("addresses.csv"), swapped, StandardCharsets.UTF_8));
            vm.train();
            bed.waitForTraining(vm);
            assertSame(r, vm.resultProperty().get(), "the results shown stay");
            assertEquals("The test file cannot be compared with the dataset", vm.errorTitleProperty().get());
            assertTrue(vm.errorMessageProperty().get().startsWith("Column \u201csubject\u201d holds personal data in addresses.csv"),
                    vm.errorMessageProperty().get());
        }
    }
}
