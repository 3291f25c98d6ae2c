package com.mstudio.app.cli;

import com.mstudio.app.SampleLocator;
import com.mstudio.app.StudioServices;
import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.api.CopyModel;
import com.mstudio.engine.api.CopyRequest;
import com.mstudio.engine.api.CopyService;
import com.mstudio.engine.api.CopyTrainingResult;
import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.ImportOptions;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.data.Dataset;
import com.mstudio.engine.data.StringColumn;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * {@code bench copy [--texts N] [--epochs N] [--json]}: the attention model's seconds per epoch on N SpamAssassin
 * subject lines (the sample {@value #SAMPLE}; generated subject lines where it is absent) and how many texts per
 * second {@code classify} labels (labels only, as a batch; and separately with every token's weight, which costs one
 * more forward pass per token), next to the PyTorch reference (1.1 s per epoch on 4,000 messages, 8,500 texts/s).
 */
final class CopyBench {
    static final String SAMPLE = "spam_subjects.csv";
    static final double REFERENCE_SECONDS_PER_EPOCH = 1.1;
    static final int REFERENCE_TEXTS = 4_000;
    static final double REFERENCE_TEXTS_PER_SECOND = 8_500;
    private static final int TEST_TEXTS = 1_000;
    private static final long SEED = 42;

    private CopyBench() {}

    static int run(StudioServices services, CliArgs args, PrintStream out, PrintStream err) throws Exception {
        int texts = args.intOption("texts", REFERENCE_TEXTS);
        int epochs = args.intOption("epochs", 3);
        if (texts < 200 || epochs < 1) throw new StudioException("bench copy needs --texts of at least 200 and --epochs of at least 1.");
        services.engine().nativeSetup().get();
        Corpus corpus = corpus(services, texts, err);
        CopyService copy = services.copy();

        // patience = epochs: every epoch runs, so the mean is over the number asked for.
        CopyRequest.AttentionSettings a = CopyRequest.AttentionSettings.DEFAULT;
        CopyRequest.AttentionSettings settings = new CopyRequest.AttentionSettings(a.embedding(), a.heads(), a.blocks(),
                a.dropout(), a.learningRate(), a.batchSize(), epochs, epochs);
        CopyRequest request = new CopyRequest("subject", "label", CopyRequest.Models.ATTENTION, CopyRequest.Tokenizer.DEFAULT,
                settings, 0.1, 0.2, SEED);
        CopyTrainingResult result = copy.train(corpus.train(), corpus.test(), request, Runnable::run, new TerminalProgress<>(err)).await();
        CopyTrainingResult.TrainedModel trained = result.models().get(0);
        CopyModel model = trained.model();

        // Labels only, as the batch classify does (the reference's figure is a plain forward pass), then with each
        // token's weight, as the playground and classify --text do.
        List<String> inputs = texts(corpus.test());
        copy.classifyColumn(model, corpus.test(), "subject", Runnable::run, new JobListener<>() {}).await(); // warm-up
        long t0 = System.nanoTime();
        copy.classifyColumn(model, corpus.test(), "subject", Runnable::run, new TerminalProgress<>(err)).await();
        double labelSeconds = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        copy.classify(model, inputs, Runnable::run, new TerminalProgress<>(err)).await();
        double explainSeconds = (System.nanoTime() - t0) / 1e9;

        int trainRows = result.split().trainRows();
        double perEpoch = trained.secondsPerEpoch();
        double per4000 = perEpoch * REFERENCE_TEXTS / trainRows; // the reference's epoch covers 4,000 texts
        double textsPerSecond = inputs.size() / labelSeconds;
        double explainedPerSecond = inputs.size() / explainSeconds;
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("seconds_per_epoch", perEpoch);
        json.put("texts_per_second", textsPerSecond);
        json.put("epoch_ratio_vs_pytorch", per4000 / REFERENCE_SECONDS_PER_EPOCH);
        json.put("inference_ratio_vs_pytorch", textsPerSecond / REFERENCE_TEXTS_PER_SECOND);
        json.put("explained_texts_per_second", explainedPerSecond);
        json.put("seconds_per_4000_texts", per4000);
        json.put("pytorch_seconds_per_epoch", REFERENCE_SECONDS_PER_EPOCH);
        json.put("pytorch_texts_per_second", REFERENCE_TEXTS_PER_SECOND);
        json.put("texts", texts);
        json.put("train_rows", trainRows);
        json.put("validation_rows", result.split().validationRows());
        json.put("test_rows", inputs.size());
        json.put("epochs", trained.curve().size());
        json.put("test_accuracy", Json.number(model.test().accuracy()));
        json.put("vocabulary_size", result.split().vocabularySize());
        json.put("data", corpus.source());
        if (args.flag("json")) {
            out.println(Json.write(json));
            return Cli.OK;
        }
        out.printf(Locale.ROOT, "Attention model (embedding %d, %d heads, %d block(s), max length %d, batch %d) on the engine thread;%n",
                settings.embedding(), settings.heads(), settings.blocks(), CopyRequest.Tokenizer.DEFAULT.maxLength(), settings.batchSize());
        out.printf(Locale.ROOT, "%s: %,d texts (%,d training, %,d validation), %,d held-out texts, vocabulary %,d.%n",
                corpus.source(), texts, trainRows, result.split().validationRows(), inputs.size(), result.split().vocabularySize());
        out.printf(Locale.ROOT, "  %-34s %12s %12s %8s%n", "", "Marketing Studio", "PyTorch", "ratio");
        out.printf(Locale.ROOT, "  %-34s %12.2f %12.2f %8.2f   (lower is faster)%n", "seconds per epoch, per 4,000 texts",
                per4000, REFERENCE_SECONDS_PER_EPOCH, per4000 / REFERENCE_SECONDS_PER_EPOCH);
        out.printf(Locale.ROOT, "  %-34s %,12.0f %,12.0f %8.2f   (higher is faster)%n",
                "classify, texts per second", textsPerSecond, REFERENCE_TEXTS_PER_SECOND, textsPerSecond / REFERENCE_TEXTS_PER_SECOND);
        out.printf(Locale.ROOT, "  %-34s %,12.0f %12s%n", "  with every token's weight", explainedPerSecond, "-");
        out.printf(Locale.ROOT, "  measured: %.2f s per epoch over %d epoch(s) on %,d training texts; test accuracy %s "
                + "(the reference's 0.946 is on subject + body)%n", perEpoch, trained.curve().size(), trainRows,
                Double.isNaN(model.test().accuracy()) ? "-" : String.format(Locale.ROOT, "%.3f", model.test().accuracy()));
        return Cli.OK;
    }

    /** N training texts and up to 1,000 other ones to classify, drawn with a fixed seed so every run measures the same. */
    record Corpus(DataTable train, DataTable test, String source) {}

    static Corpus corpus(StudioServices services, int texts, PrintStream err) {
        Path sample = SampleLocator.onDisk(SAMPLE);
        List<String[]> rows = new ArrayList<>();
        String source;
        if (sample != null) {
            DataTable t = services.imports().importCsv(sample, ImportOptions.detectAll(), Runnable::run, new TerminalProgress<>(err))
                    .await().table();
            int text = t.indexOf("subject");
            int label = t.indexOf("label");
            if (text < 0 || label < 0) throw new StudioException("The sample has no \"subject\" and \"label\" columns.", sample, -1, null);
            for (int r = 0; r < t.rowCount(); r++) {
                if (!t.isMissing(r, text) && !t.isMissing(r, label)) rows.add(new String[] {t.text(r, text), t.text(r, label)});
            }
            Collections.shuffle(rows, new Random(SEED));
            source = "SpamAssassin subject lines (" + SAMPLE + ")";
        } else {
            rows = generated(texts + TEST_TEXTS);
            source = "generated subject lines (" + SAMPLE + " not found)";
        }
        if (rows.size() < texts + 100) {
            throw new StudioException(String.format(Locale.ROOT, "bench copy has %,d texts: ask for at most %,d with --texts.",
                    rows.size(), rows.size() - 100));
        }
        int testEnd = Math.min(rows.size(), texts + TEST_TEXTS);
        return new Corpus(table(rows.subList(0, texts)), table(rows.subList(texts, testEnd)), source);
    }

    /** Subject lines from two word pools with some overlap, so the model has something to learn and not everything is easy. */
    static List<String[]> generated(int n) {
        String[] spam = {"FREE", "win", "cash", "now", "offer", "limited", "$$$", "viagra", "cheap", "click", "prize", "urgent",
                "money", "loan", "guaranteed", "!!!", "deal", "bonus"};
        String[] ham = {"meeting", "patch", "re:", "notes", "release", "build", "question", "agenda", "lunch", "review",
                "update", "list", "kernel", "bug", "thanks", "draft", "report", "deal"};
        String[] shared = {"the", "your", "for", "today", "new", "about", "this", "week", "a", "on"};
        Random r = new Random(SEED);
        List<String[]> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boolean isSpam = r.nextDouble() < 0.35;
            int words = 3 + r.nextInt(9);
            StringBuilder s = new StringBuilder();
            for (int w = 0; w < words; w++) {
                double pick = r.nextDouble();
                String[] pool = pick < 0.45 ? shared : (pick < 0.9) == isSpam ? spam : ham;
                s.append(w == 0 ? "" : " ").append(pool[r.nextInt(pool.length)]);
            }
            rows.add(new String[] {s.toString(), isSpam ? "spam" : "ham"});
        }
        return rows;
    }

    private static DataTable table(List<String[]> rows) {
        StringColumn.Builder text = StringColumn.builder("subject", ColumnType.TEXT, rows.size());
        StringColumn.Builder label = StringColumn.builder("label", ColumnType.CATEGORICAL, rows.size());
        for (String[] row : rows) {
            text.append(row[0]);
            label.append(row[1]);
        }
        return new Dataset(List.of(text.build(), label.build()));
    }

    private static List<String> texts(DataTable table) {
        List<String> list = new ArrayList<>(table.rowCount());
        for (int r = 0; r < table.rowCount(); r++) list.add(table.text(r, 0));
        return list;
    }
}
