package com.mstudio.ui.copy;

import com.mstudio.engine.api.CopyRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** The setup on the real spam subset: the columns it suggests, the label counts, the token preview and the cut share. */
class CopySetupViewModelTest {
    @TempDir Path dir;

    @Test
    void suggestsTheColumnsCountsTheLabelsAndShowsWhatTheMaximumLengthCuts() throws Exception {
        try (CopyTestBed bed = new CopyTestBed(dir)) {
            bed.open(CopyTestBed.spamSubset(dir, 8));
            CopyViewModel vm = bed.copy();
            CopySetupViewModel setup = vm.setup();
            assertEquals("subject", setup.textColumnProperty().get());
            assertEquals("label", setup.labelColumnProperty().get());
            // subject lines are short: the suggestion's floor (16, as CopyService.suggestedMaxLength gives), not a fixed 64
            assertEquals(16, setup.maxLengthProperty().get(), "the maximum length starts from the suggestion");
            assertTrue(setup.labelCountsProperty().get().matches("ham \\d+ · spam \\d+"), setup.labelCountsProperty().get());
            assertFalse(setup.previewTokens().isEmpty());
            assertEquals(bed.service.tokens(setup.previewTextProperty().get(), setup.tokenizer()), setup.previewTokens());
            setup.maxLengthProperty().set(500);
            assertTrue(setup.truncationProperty().get().startsWith("No text is cut: the longest has "), setup.truncationProperty().get());

            setup.maxLengthProperty().set(4);
            assertTrue(setup.truncationProperty().get().matches("\\d+\\.\\d% of the texts are longer than 4 tokens.*"),
                    setup.truncationProperty().get());

            setup.modeProperty().set(CopyRequest.Tokenizer.Mode.CHARACTER_BIGRAMS);
            assertEquals(bed.service.tokens(setup.previewTextProperty().get(), setup.tokenizer()), setup.previewTokens(),
                    "the preview follows the tokenizer mode");

            setup.headsProperty().set(3); // 64 does not divide by 3
            assertTrue(setup.request().isEmpty());
            assertTrue(setup.problemProperty().get().contains("divide"), setup.problemProperty().get());
            setup.headsProperty().set(4);
            CopyRequest r = setup.request().orElseThrow();
            assertEquals("subject", r.textColumn());
            assertEquals(4, r.tokenizer().maxLength());
            assertEquals("", setup.problemProperty().get());
        }
    }
}
