package com.mstudio.engine.copy;

import com.mstudio.engine.api.CopyModel.Kind;
import com.mstudio.engine.api.CopyRequest;
import com.mstudio.engine.api.CopyService;
import com.mstudio.engine.api.CopyService.Classification;
import com.mstudio.engine.api.CopyTrainingResult;
import com.mstudio.engine.api.CopyTrainingResult.TrainedModel;
import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.engine.api.Metric;
import com.mstudio.engine.runtime.JobEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The service on a real job engine with the Chinese ad-copy sample (300 texts, promo/info): train both models →
 * live curves → classify with token weights → classify a column → save/load; cancel, determinism, and the
 * vocabulary coming from the training rows only.
 */
class CopyServiceTest {
    /** Small and few epochs: these tests are about the plumbing; CopyQualityTest is about quality. */
    static final CopyRequest.AttentionSettings QUICK = new CopyRequest.AttentionSettings(32, 4, 1, 0.1, 2e-3, 32, 6, 3);
    private static JobEngine engine;
    private static DefaultCopyService service;
    private static DataTable chinese;
    private static CopyTrainingResult trained;
    private static final List<Metric> metrics = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void trainOnce() {
        engine = new JobEngine(new JobEngine.Config(0, true, 1));
        service = new DefaultCopyService(engine);
        chinese = CopyTestData.sample("chinese_ad_copy.csv");
        trained = service.train(chinese, null, request(QUICK, 7), "chinese_ad_copy.csv", Runnable::run, new JobListener<>() {
            @Override public void onMetric(Metric m) { metrics.add(m); }
        }).await();
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    static <T> JobListener<T> quiet() {
        return new JobListener<>() {};
    }

    static CopyRequest request(CopyRequest.AttentionSettings settings, long seed) {
        return new CopyRequest("text", "label", CopyRequest.Models.BOTH, CopyRequest.Tokenizer.DEFAULT, settings, 0.15, 0.2, seed);
    }

    @Test
    void chineseCopyTrainsBothModelsEndToEndWithLiveCurves() {
        assertEquals(List.of(Kind.ATTENTION, Kind.BASELINE), trained.models().stream().map(m -> m.model().kind()).toList());
        assertEquals(List.of("info", "promo"), trained.models().get(0).model().labels());
        for (TrainedModel m : trained.models()) {
            for (String s : List.of(CopyService.SERIES_LOSS_TRAIN, CopyService.SERIES_LOSS_VALIDATION,
                    CopyService.SERIES_ACCURACY_TRAIN, CopyService.SERIES_ACCURACY_VALIDATION)) {
                String series = CopyService.series(m.model().kind(), s);
                List<Long> steps = metrics.stream().filter(x -> x.series().equals(series)).map(Metric::step).toList();
                assertEquals(m.curve().size(), steps.size(), series);
            }
            int testRows = trained.split().testRows();
            assertEquals(testRows, m.model().test().testRows());
            assertEquals(testRows, m.predicted().length);
            assertEquals(testRows, java.util.Arrays.stream(m.confusion()).flatMapToInt(java.util.Arrays::stream).sum());
            System.out.printf("Chinese ad copy (%d test texts): %s accuracy %.3f, macro-F1 %.3f%n", testRows,
                    m.model().kind(), m.model().test().accuracy(), m.model().test().macroF1());
            assertTrue(m.model().test().accuracy() >= 0.8, m.model().kind() + " learns promo vs info: " + m.model().test().accuracy());
        }
        // character bigrams: a Chinese text has no spaces to split at
        assertTrue(trained.models().get(0).model().vocabulary().contains("满减") || trained.models().get(0).model()
                .vocabulary().stream().anyMatch(t -> t.length() == 2 && Character.isIdeographic(t.codePointAt(0))));
    }

    @Test
    void classifyReturnsTheLabelScoresAndOcclusionWeightsPerToken() {
        var model = trained.models().get(0).model();
        List<Classification> out = service.classify(model, List.of("母婴用品！满199减50！今天最后一天，抢到就是赚到",
                "本店营业时间调整为每天九点至晚上八点"), Runnable::run, quiet()).await();
        assertEquals(2, out.size());
        for (Classification c : out) {
            assertEquals(2, c.scores().size());
            assertEquals(1, c.scores().get(0) + c.scores().get(1), 1e-5);
            assertEquals(c.confidence(), Collections.max(c.scores()), 1e-12);
            assertEquals("occlusion", c.weightKind());
            assertFalse(c.truncated());
            assertFalse(c.tokens().isEmpty());
            assertEquals(service.tokens(c == out.get(0) ? "母婴用品！满199减50！今天最后一天，抢到就是赚到"
                    : "本店营业时间调整为每天九点至晚上八点", model.tokenizer()), c.tokens().stream().map(CopyService.TokenWeight::token).toList());
            assertTrue(c.tokens().stream().anyMatch(t -> t.weight() != 0), "removing tokens changes the score");
        }
        assertEquals("promo", out.get(0).label(), "a discount shout is promo");
    }

    @Test
    void attentionWeightsAreSharesOfTheTextsTokensWithTheSameLabelsAsOcclusion() {
        var model = trained.models().get(0).model();
        List<String> texts = List.of("母婴用品！满199减50！今天最后一天，抢到就是赚到", "本店营业时间调整为每天九点至晚上八点",
                "限时".repeat(80), "");
        List<Classification> attention = service.classify(model, texts, CopyService.Explanation.ATTENTION,
                Runnable::run, quiet()).await();
        List<Classification> occlusion = service.classify(model, texts, Runnable::run, quiet()).await();
        assertEquals(texts.size(), attention.size());
        for (int i = 0; i < texts.size(); i++) {
            Classification a = attention.get(i), o = occlusion.get(i);
            assertEquals("attention", a.weightKind());
            assertEquals(o.label(), a.label(), "one batch of padded texts labels each as alone");
            for (int c = 0; c < 2; c++) assertEquals(o.scores().get(c), a.scores().get(c), 1e-5);
            assertEquals(o.truncated(), a.truncated());
            assertEquals(o.tokens().stream().map(CopyService.TokenWeight::token).toList(),
                    a.tokens().stream().map(CopyService.TokenWeight::token).toList());
            if (texts.get(i).isEmpty()) {
                assertTrue(a.tokens().isEmpty());
                continue;
            }
            assertEquals(1.0, a.tokens().stream().mapToDouble(CopyService.TokenWeight::weight).sum(), 1e-4);
            assertTrue(a.tokens().stream().allMatch(t -> t.weight() >= 0));
        }
        assertTrue(attention.get(2).truncated());
    }

    @Test
    void attentionWeightsOfTheBaselineAreRefusedInWords() {
        var baseline = trained.models().get(1).model();
        var e = assertThrows(com.mstudio.engine.api.StudioException.class, () -> service.classify(baseline,
                List.of("新品上市"), CopyService.Explanation.ATTENTION, Runnable::run, quiet()));
        assertTrue(e.getMessage().contains("occlusion"), e.getMessage());
    }

    @Test
    void aLongTextIsCutAtTheMaximumLengthAndSaysSo() {
        var model = trained.models().get(1).model();
        String long1 = "限时".repeat(80);
        Classification c = service.classify(model, List.of(long1), Runnable::run, quiet()).await().get(0);
        assertTrue(c.truncated());
        assertEquals(model.tokenizer().maxLength(), c.tokens().size());
    }

    @Test
    void classifyingAColumnAddsLabelAndConfidenceAndKeepsRowsWithoutText() {
        var model = trained.models().get(0).model();
        DataTable in = CopyTestData.table(List.of("id", "text"), List.of(List.of("1", "2", "3"),
                java.util.Arrays.asList("新品上市，全场八折", null, "周末停车场维修通知")));
        DataTable out = service.classifyColumn(model, in, "text", Runnable::run, quiet()).await();
        assertEquals(List.of("id", "text", "label", "confidence"), names(out), "the plain names when they are free");
        int label = out.indexOf("label"), confidence = out.indexOf("confidence");
        assertTrue(model.labels().contains(out.text(0, label)));
        assertTrue(out.isMissing(1, label) && out.isMissing(1, confidence), "no text, no guess; the row stays");
        assertTrue(out.number(2, confidence) >= 0.5 && out.number(2, confidence) <= 1);
    }

    @Test
    void aTableThatHasALabelColumnKeepsItAndGetsPredictedColumns() {
        var model = trained.models().get(0).model();
        List<String> truth = java.util.Arrays.asList("a", "b", "c");
        DataTable in = CopyTestData.texts(java.util.Arrays.asList("新品上市，全场八折", null, "周末停车场维修通知"), truth);
        DataTable out = service.classifyColumn(model, in, "text", Runnable::run, quiet()).await();
        assertEquals(List.of("text", "label", "predicted_label", "predicted_confidence"), names(out));
        for (int r = 0; r < 3; r++) assertEquals(truth.get(r), out.text(r, 1), "the table's own label is untouched");
        assertTrue(model.labels().contains(out.text(0, 2)));
        assertTrue(out.number(2, 3) >= 0.5 && out.number(2, 3) <= 1);
        assertEquals(CopyService.BatchColumns.freeIn(in), new CopyService.BatchColumns("predicted_label", "predicted_confidence"));

        // Classifying the labelled table again piles up numbered columns; it never overwrites the first answer.
        DataTable twice = service.classifyColumn(model, out, "text", Runnable::run, quiet()).await();
        assertEquals(List.of("text", "label", "predicted_label", "predicted_confidence", "predicted_label_2",
                "predicted_confidence_2"), names(twice));
        assertEquals(out.text(0, 2), twice.text(0, 2));
    }

    private static List<String> names(DataTable t) {
        return t.columns().stream().map(DataTable.ColumnInfo::name).toList();
    }

    @Test
    void sameSeedSameModelsAndFigures() {
        CopyTrainingResult again = service.train(chinese, null, request(QUICK, 7), Runnable::run, quiet()).await();
        for (int i = 0; i < 2; i++) {
            TrainedModel a = trained.models().get(i), b = again.models().get(i);
            assertEquals(a.curve(), b.curve(), a.model().kind() + " curve");
            assertEquals(a.model().test(), b.model().test());
            assertArrayEquals(a.predicted(), b.predicted());
        }
    }

    @Test
    void cancelDuringTrainingSucceedsWithTheBestEpochSoFar() {
        CopyRequest.AttentionSettings slow = new CopyRequest.AttentionSettings(32, 4, 1, 0.1, 2e-3, 32, 60, 60);
        AtomicReference<JobHandle<CopyTrainingResult>> handle = new AtomicReference<>();
        String watched = CopyService.series(Kind.ATTENTION, CopyService.SERIES_LOSS_VALIDATION);
        JobHandle<CopyTrainingResult> h = service.train(chinese, null, request(slow, 7), Runnable::run, new JobListener<>() {
            @Override public void onMetric(Metric m) {
                if (m.series().equals(watched) && m.step() == 2) {
                    while (handle.get() == null) Thread.onSpinWait();
                    handle.get().cancel();
                }
            }
        });
        handle.set(h);
        JobOutcome<CopyTrainingResult> outcome = h.outcome().join();
        assertInstanceOf(JobOutcome.Succeeded.class, outcome, "a cancel with a model to keep still succeeds");
        CopyTrainingResult result = ((JobOutcome.Succeeded<CopyTrainingResult>) outcome).value();
        assertEquals(1, result.models().size(), "the baseline never started");
        TrainedModel m = result.models().get(0);
        assertTrue(m.cancelled());
        assertEquals(2, m.curve().size(), "stopped within epoch 3");
        assertTrue(m.bestEpoch() <= 2);
        assertEquals(result.split().testRows(), m.model().test().testRows(), "the kept model is evaluated");
        assertTrue(result.warnings().stream().anyMatch(w -> w.contains("cancelled")));
    }

    @Test
    void theVocabularyComesFromTheTrainingRowsOnly() {
        // "zebracake" appears only in the separate test file: the model must not know it
        List<String> texts = new ArrayList<>(), labels = new ArrayList<>();
        for (int r = 0; r < chinese.rowCount(); r++) {
            texts.add(chinese.text(r, chinese.indexOf("text")));
            labels.add(chinese.text(r, chinese.indexOf("label")));
        }
        DataTable test = CopyTestData.texts(List.of("zebracake 限时抢购", "zebracake 营业时间", "zebracake 满减"),
                List.of("promo", "info", "promo"));
        CopyRequest attentionOnly = new CopyRequest("text", "label", CopyRequest.Models.ATTENTION,
                new CopyRequest.Tokenizer(CopyRequest.Tokenizer.Mode.AUTO, true, 1, 20_000, 64),
                new CopyRequest.AttentionSettings(16, 2, 1, 0, 2e-3, 32, 1, 1), 0.15, 0.2, 3);
        CopyTrainingResult r = service.train(CopyTestData.texts(texts, labels), test, attentionOnly, Runnable::run, quiet()).await();
        var model = r.models().get(0).model();
        assertTrue(r.split().separateTestFile());
        assertEquals(3, r.split().testRows());
        assertFalse(model.vocabulary().contains("zebracake"), "min frequency 1, yet a test-only word is unknown");
        Classification c = service.classify(model, List.of("zebracake 满减"), Runnable::run, quiet()).await().get(0);
        assertTrue(c.tokens().get(0).unknown());
        assertEquals("zebracake", c.tokens().get(0).token());
    }

    @Test
    void savedModelsLoadAndClassifyAlike(@org.junit.jupiter.api.io.TempDir Path dir) {
        var model = trained.models().get(1).model();
        Path file = dir.resolve("copy.zip");
        service.save(model, file);
        var back = service.load(file);
        String text = "双十一狂欢，买一送一";
        assertEquals(service.classify(model, List.of(text), Runnable::run, quiet()).await(),
                service.classify(back, List.of(text), Runnable::run, quiet()).await());
    }

    @Test
    void columnSuggestions() {
        assertEquals(List.of("text"), service.textColumns(chinese));
        assertEquals(List.of("label"), service.labelColumns(chinese));
    }
}
