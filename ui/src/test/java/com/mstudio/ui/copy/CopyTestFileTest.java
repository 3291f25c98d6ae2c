package com.mstudio.ui.copy;

import com.mstudio.engine.api.CopyTrainingResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A separate test file: the figures are measured on its rows, the split says so, and a confusion cell lists that file's
 * texts (not the dataset's rows with the same numbers).
 */
class CopyTestFileTest {
    @TempDir Path dir;

    /** The subject of a "label,subject" line: after the first comma, unquoted when quoted. */
    private static String subject(String line) {
        String s = line.substring(line.indexOf(',') + 1);
        return s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1).replace("\"\"", "\"") : s;
    }

    @Test
    void theFiguresAndTheCellTextsComeFromTheTestFile() throws Exception {
        try (CopyTestBed bed = new CopyTestBed(dir)) {
            bed.open(CopyTestBed.spamSubset(dir, 8));
            // Other real rows of the sample (every 8th, shifted by 4), in a file of their own.
            List<String> lines = Files.readAllLines(com.mstudio.ui.support.TestData.repoRoot().resolve("samples/spam_subjects.csv"),
                    StandardCharsets.UTF_8);
            List<String> test = new ArrayList<>(List.of(lines.get(0)));
            for (int i = 5; i < lines.size(); i += 16) test.add(lines.get(i));
            Path testFile = Files.write(dir.resolve("spam_test.csv"), test, StandardCharsets.UTF_8);

            CopyViewModel vm = bed.copy();
            CopyTrainingResult r = bed.trainBaselineTestedOn(vm, testFile);
            assertNotNull(r, vm.errorMessageProperty().get());
            assertTrue(r.split().separateTestFile());
            assertEquals(test.size() - 1, r.split().testRows());
            assertTrue(CopyTexts.split(r.split()).contains("to test, from the separate test file"));

            CopyTrainingResult.TrainedModel t = vm.confusion().trained();
            int ham = t.model().labels().indexOf("ham");
            vm.confusion().select(ham, ham);
            assertEquals(t.confusion()[ham][ham], vm.confusion().rows().size());
            List<String> testTexts = test.subList(1, test.size()).stream().map(CopyTestFileTest::subject).toList();
            List<String> others = vm.confusion().rows().stream().map(ConfusionTexts.Row::text).filter(x -> !testTexts.contains(x)).toList();
            assertEquals(List.of(), others, "every listed text is one of the test file's");
        }
    }
}
