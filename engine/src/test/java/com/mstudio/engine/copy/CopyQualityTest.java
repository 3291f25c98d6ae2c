package com.mstudio.engine.copy;

import com.mstudio.engine.api.CopyModel;
import com.mstudio.engine.api.CopyRequest;
import com.mstudio.engine.api.CopyTrainingResult;
import com.mstudio.engine.api.CopyTrainingResult.TrainedModel;
import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.PlainJobContext;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The quality bar on the two shipped samples: the attention model must match or beat its TF-IDF baseline on
 * held-out texts, and both clear an honest floor (set a few points under what they reach here). Epochs are capped
 * to keep the suite quick; the figures are printed for the log.
 */
class CopyQualityTest {
    /** "Match": within this of the baseline's accuracy, i.e. about one standard error on 1,000 test texts. */
    static final double MATCH = 0.01;
    static final CopyRequest.AttentionSettings SUBJECTS = new CopyRequest.AttentionSettings(64, 4, 1, 0.1, 1e-3, 64, 8, 3);
    /**
     * Reviews are long (four in ten run past 64 tokens) and the model memorises 4,000 of them within three epochs:
     * twice the length, more dropout, and a shorter leash.
     */
    static final CopyRequest.AttentionSettings REVIEWS = new CopyRequest.AttentionSettings(64, 4, 1, 0.3, 1e-3, 64, 6, 2);
    static final CopyRequest.Tokenizer LONG = new CopyRequest.Tokenizer(CopyRequest.Tokenizer.Mode.AUTO, true, 2, 20_000, 128);

    @Test
    void spamSubjectLines() {
        DataTable spam = CopyTestData.sample("spam_subjects.csv");
        CopyTrainingResult r = train(spam, null, "subject", "label", CopyRequest.Tokenizer.DEFAULT, SUBJECTS);
        assertQuality("SpamAssassin subjects", r, 0.87, 0.85);
    }

    @Test
    void fineFoodReviewsOnTheFixedTestFile() {
        DataTable train = CopyTestData.sample("fine_food_reviews_train.csv");
        DataTable test = CopyTestData.sample("fine_food_reviews_test.csv");
        CopyTrainingResult r = train(train, test, "review", "score", LONG, REVIEWS);
        assertEquals(1000, r.split().testRows());
        assertQuality("Fine food reviews", r, 0.74, 0.70);
    }

    private static CopyTrainingResult train(DataTable table, DataTable test, String text, String label,
                                            CopyRequest.Tokenizer tokenizer, CopyRequest.AttentionSettings settings) {
        CopyRequest request = new CopyRequest(text, label, CopyRequest.Models.BOTH, tokenizer, settings,
                0.15, 0.2, 42);
        return new CopyTrainer().train(table, test, request, "", new PlainJobContext());
    }

    private static void assertQuality(String name, CopyTrainingResult r, double accuracyFloor, double f1Floor) {
        TrainedModel attention = r.models().get(0), baseline = r.models().get(1);
        assertEquals(CopyModel.Kind.ATTENTION, attention.model().kind());
        for (TrainedModel m : r.models()) {
            System.out.printf(Locale.ROOT, "%s, %d test texts: %-22s accuracy %.3f  macro-F1 %.3f  (best epoch %d of %d, %.2f s/epoch)%n",
                    name, r.split().testRows(), m.model().kind().title(), m.model().test().accuracy(),
                    m.model().test().macroF1(), m.bestEpoch(), m.curve().size(), m.secondsPerEpoch());
        }
        double a = attention.model().test().accuracy(), b = baseline.model().test().accuracy();
        assertTrue(a >= b - MATCH, name + ": attention " + a + " must match or beat the baseline " + b);
        assertTrue(a >= accuracyFloor, name + " attention accuracy " + a);
        assertTrue(attention.model().test().macroF1() >= f1Floor, name + " attention macro-F1 " + attention.model().test().macroF1());
        assertTrue(b >= accuracyFloor - 0.03, name + " baseline accuracy " + b);
    }
}
