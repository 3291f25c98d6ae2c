package com.mstudio.ui.propensity;

import com.mstudio.ui.common.FeatureOption;
import com.mstudio.ui.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The setup on a real import of a small file with a leak: "cancel_fee" is filled only for churners. The warning shows
 * next to that column while it is ticked, and bad inputs are refused in words before any job starts.
 */
class PropensitySetupViewModelTest {
    @TempDir Path dir;
    private PropensityTestBed bed;
    private PropensityViewModel vm;

    @BeforeEach
    void open() throws Exception {
        bed = new PropensityTestBed(dir);
        StringBuilder csv = new StringBuilder("customer_id,tenure,plan,monthly,cancel_fee,churned\n");
        Random r = new Random(7);
        for (int i = 1; i <= 400; i++) {
            boolean churn = r.nextDouble() < 0.3;
            csv.append("C").append(10000 + i).append(',').append(1 + r.nextInt(70)).append(',')
                    .append(r.nextBoolean() ? "basic" : "pro").append(',').append(20 + r.nextInt(80)).append(',')
                    .append(churn ? String.valueOf(10 + r.nextInt(40)) : "").append(',').append(churn ? "Yes" : "No").append('\n');
        }
        bed.open(TestData.write(dir, "leaky.csv", csv.toString()));
        vm = bed.propensity();
    }

    @AfterEach
    void close() {
        bed.close();
    }

    private FeatureOption feature(String column) {
        return vm.setup().features().stream().filter(f -> f.column().equals(column)).findFirst().orElseThrow();
    }

    @Test
    void aColumnFilledOnlyForChurnersIsFlaggedNextToItWhileTicked() {
        PropensitySetupViewModel s = vm.setup();
        assertEquals("churned", s.targetProperty().get(), "a churn-like column is the default target");
        assertEquals("Yes", s.positiveProperty().get());
        assertTrue(s.features().stream().noneMatch(f -> f.column().equals("churned")), "the target is not a feature");
        FeatureOption fee = feature("cancel_fee");
        fee.selectedProperty().set(true);
        bed.ui.pumpUntil(() -> !s.isCheckingLeakage(), java.time.Duration.ofSeconds(30));
        assertTrue(fee.warningProperty().get().contains("cancel_fee"), fee.warningProperty().get());
        assertEquals("1 ticked column may give the answer away; see the warning next to it.", s.leakageSummaryProperty().get());
        assertEquals("", feature("tenure").warningProperty().get(), "an honest column gets no warning");
        fee.selectedProperty().set(false);
        assertEquals("", fee.warningProperty().get());
        assertEquals("", s.leakageSummaryProperty().get());
    }

    @Test
    void badInputsAreRefusedInWordsAndStartNothing() {
        PropensitySetupViewModel s = vm.setup();
        s.selectNone();
        vm.train();
        assertFalse(vm.busyProperty().get());
        assertEquals("Tick at least one column to learn from.", s.problemProperty().get());
        s.selectDefaults();
        s.layersProperty().set("64, lots");
        vm.train();
        assertFalse(vm.busyProperty().get());
        assertEquals("Check the neural network's settings: hidden layers are unit counts such as \"64, 32\", not \"lots\".",
                s.problemProperty().get());
        s.layersProperty().set("16 8");
        assertEquals(java.util.List.of(16, 8), PropensitySetupViewModel.parseLayers(s.layersProperty().get()));
        assertNull(vm.resultProperty().get());
        assertFalse(vm.staleProperty().get(), "nothing to be out of date before the first run");
    }
}
