package com.mstudio.ui.copy;

import com.mstudio.engine.api.CopyModel;
import com.mstudio.engine.api.CopyRequest;
import com.mstudio.engine.api.CopyTrainingResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The winner, the split sentence and the token shading: the words and colours the Copy screen builds from figures. */
class CopyTextsTest {
    private static CopyModel model(CopyModel.Kind kind, double accuracy, double macroF1) {
        return new CopyModel(CopyModel.FORMAT_VERSION, kind, "2026-11-30T05:00:00Z", "s.csv", 42, List.of("ham", "spam"),
                CopyRequest.Tokenizer.DEFAULT, List.of("<pad>", "<unk>"), kind == CopyModel.Kind.BASELINE ? new double[2] : null,
                kind == CopyModel.Kind.ATTENTION ? CopyRequest.AttentionSettings.DEFAULT : null,
                new CopyModel.Metrics(accuracy, macroF1, List.of(0.9, 0.8), List.of(0.9, 0.8), 100), new byte[0]);
    }

    @Test
    void theWinnerHasTheBestMacroF1AndATieHasNone() {
        CopyModel attention = model(CopyModel.Kind.ATTENTION, 0.90, 0.887);
        CopyModel baseline = model(CopyModel.Kind.BASELINE, 0.91, 0.883);
        assertSame(attention, CopyTexts.winner(List.of(attention, baseline)), "macro-F1 first, then accuracy");
        assertNull(CopyTexts.winner(List.of(attention)), "one model wins nothing");
        CopyModel same = model(CopyModel.Kind.BASELINE, 0.90, 0.887);
        assertNull(CopyTexts.winner(List.of(attention, same)), "a tie marks no winner");
        assertNotNull(CopyTexts.best(List.of(attention, same)), "but one is still picked for the playground");
    }

    @Test
    void theSplitSaysWhereTheTestRowsCameFromAndWhatWasCut() {
        String held = CopyTexts.split(new CopyTrainingResult.Split(3917, 904, 1205, List.of(4150, 1896), 2212, 0, false, 42));
        assertEquals("Split (seed 42): 3,917 texts to learn from, 904 to decide when to stop, 1,205 held out to test: every "
                + "figure is measured on the test texts. No training text was longer than the maximum length. Vocabulary: "
                + "2,212 tokens.", held);
        String file = CopyTexts.split(new CopyTrainingResult.Split(10, 2, 5, List.of(8, 9), 40, 0.125, true, 7));
        assertTrue(file.contains("5 to test, from the separate test file") && file.contains("12.5% of the training texts"), file);
    }

    @Test
    void occlusionDivergesAndAttentionShadesOnlyWhatIsAboveAnEqualShare() {
        assertEquals(TokenChips.TOWARDS.getRed(), TokenChips.shade(0.5, 1, false).getRed(), 1e-6);
        assertEquals(TokenChips.AGAINST.getBlue(), TokenChips.shade(-0.5, 1, false).getBlue(), 1e-6);
        assertTrue(TokenChips.shade(1, 1, false).getOpacity() > TokenChips.shade(0.1, 1, false).getOpacity());
        // Ten tokens with nearly equal shares: all stay pale; one with twice the equal share is fully coloured.
        assertTrue(TokenChips.attentionShade(0.101, 0.101, 0.1).getOpacity() < 0.2);
        assertEquals(0.88, TokenChips.attentionShade(0.2, 0.2, 0.1).getOpacity(), 1e-6);
        assertEquals(0.08, TokenChips.attentionShade(0.05, 0.2, 0.1).getOpacity(), 1e-6);
    }
}
