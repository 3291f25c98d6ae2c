package com.mstudio.engine.copy;

import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.api.KeptModels;
import com.mstudio.engine.api.CopyModel;
import com.mstudio.engine.api.CopyRequest;
import com.mstudio.engine.api.CopyService;
import com.mstudio.engine.api.CopyTrainingResult;
import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.JobRunner;
import com.mstudio.engine.api.Lane;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.api.Workspace;
import com.mstudio.engine.runtime.ProgressSpan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * {@link CopyService} for the UI and the CLI. Training and classifying run on the engine lane (every ND4J object
 * lives on that one thread); column suggestions, tokens and files are plain calls.
 */
public final class DefaultCopyService implements CopyService {
    /** A CATEGORICAL column whose values average at least this many characters reads as copy, not as a category. */
    static final double MIN_TEXT_LENGTH = 20;
    /** Rows looked at to judge a column: enough to be sure, quick on a big table. */
    static final int SAMPLE_ROWS = 5_000;

    private final JobRunner jobs;
    private final CopyTrainer trainer = new CopyTrainer();

    public DefaultCopyService(JobRunner jobs) {
        this.jobs = Objects.requireNonNull(jobs);
    }

    @Override
    public List<String> textColumns(DataTable table) {
        record Candidate(String name, double meanLength) {}
        List<Candidate> found = new ArrayList<>();
        for (int c = 0; c < table.columnCount(); c++) {
            DataTable.ColumnInfo info = table.column(c);
            if (info.type() != ColumnType.TEXT && info.type() != ColumnType.CATEGORICAL) continue;
            double length = meanLength(table, c);
            if (info.type() == ColumnType.TEXT || length >= MIN_TEXT_LENGTH) found.add(new Candidate(info.name(), length));
        }
        found.sort(Comparator.comparingDouble(Candidate::meanLength).reversed());
        return found.stream().map(Candidate::name).toList();
    }

    @Override
    public List<String> labelColumns(DataTable table) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < table.columnCount(); c++) {
            DataTable.ColumnInfo info = table.column(c);
            if (info.type() == ColumnType.DECIMAL || info.type().isTemporal()) continue;
            Set<String> values = new HashSet<>();
            for (int r = 0; r < table.rowCount() && values.size() <= LabeledTexts.MAX_CLASSES; r++) {
                if (!table.isMissing(r, c) && !table.text(r, c).isBlank()) values.add(table.text(r, c).strip());
            }
            if (values.size() >= 2 && values.size() <= LabeledTexts.MAX_CLASSES) out.add(info.name());
        }
        return out;
    }

    @Override
    public List<String> tokens(String text, CopyRequest.Tokenizer tokenizer) {
        return new TextTokenizer(tokenizer).tokens(text == null ? "" : text);
    }

    @Override
    public int suggestedMaxLength(DataTable table, String textColumn, CopyRequest.Tokenizer tokenizer) {
        int column = table.indexOf(textColumn);
        if (column < 0) throw new StudioException("The table has no column \"" + textColumn + "\".", null, -1, textColumn);
        TextTokenizer splitter = new TextTokenizer(tokenizer);
        int rows = table.rowCount(), step = Math.max(1, rows / SAMPLE_ROWS); // evenly spread rows on a big table
        int[] counts = new int[(rows + step - 1) / step];
        int n = 0;
        for (int r = 0; r < rows; r += step) {
            if (table.isMissing(r, column)) continue;
            int count = splitter.tokens(table.text(r, column)).size();
            if (count > 0) counts[n++] = count;
        }
        return SuggestedLength.of(java.util.Arrays.copyOf(counts, n));
    }

    @Override
    public JobHandle<CopyTrainingResult> train(DataTable table, DataTable testTable, CopyRequest request, String sourceName,
                                               Executor events, JobListener<? super CopyTrainingResult> listener) {
        Objects.requireNonNull(table);
        Objects.requireNonNull(request);
        return jobs.submit("Train copy classifiers for " + request.labelColumn(), Lane.ENGINE,
                ctx -> trainer.train(table, testTable, request, sourceName, ctx), events, listener);
    }

    @Override
    public JobHandle<List<Classification>> classify(CopyModel model, List<String> texts, Explanation explanation,
                                                    Executor events, JobListener<? super List<Classification>> listener) {
        Objects.requireNonNull(model);
        Objects.requireNonNull(explanation);
        if (explanation == Explanation.ATTENTION && model.kind() != CopyModel.Kind.ATTENTION) {
            throw CopyClassifier.notAttention(model);
        }
        List<String> copy = List.copyOf(texts);
        return jobs.submit("Classify " + copy.size() + (copy.size() == 1 ? " text" : " texts"), Lane.ENGINE,
                ctx -> CopyClassifier.of(model).classify(copy, explanation, new ProgressSpan(ctx, 0, 1)), events, listener);
    }

    @Override
    public JobHandle<DataTable> classifyColumn(CopyModel model, DataTable table, String textColumn, Executor events,
                                               JobListener<? super DataTable> listener) {
        Objects.requireNonNull(model);
        Objects.requireNonNull(table);
        int column = table.indexOf(textColumn);
        if (column < 0) throw new StudioException("The table has no column \"" + textColumn + "\".", null, -1, textColumn);
        return jobs.submit("Classify the column " + textColumn, Lane.ENGINE, ctx -> {
            if (table.rowCount() == 0) throw new StudioException("The table has no rows to classify.");
            List<String> texts = new ArrayList<>(table.rowCount());
            for (int r = 0; r < table.rowCount(); r++) texts.add(table.isMissing(r, column) ? null : table.text(r, column));
            double[] confidence = new double[texts.size()];
            int[] labels = CopyClassifier.of(model).labels(texts, confidence, new ProgressSpan(ctx, 0, 0.95));
            return LabelledTable.with(table, model.labels(), labels, confidence, texts);
        }, events, listener);
    }

    @Override
    public void save(CopyModel model, Path file) {
        CopyModelFiles.save(model, file);
    }

    @Override
    public CopyModel load(Path file) {
        return CopyModelFiles.load(file);
    }

    @Override
    public void keep(Workspace workspace, String datasetId, List<CopyModel> models) {
        CopyStore.keep(workspace, datasetId, models);
    }

    @Override
    public KeptModels<CopyModel> kept(Workspace workspace, String datasetId) {
        return CopyStore.kept(workspace, datasetId);
    }

    private static double meanLength(DataTable table, int c) {
        long chars = 0;
        int n = 0;
        for (int r = 0; r < Math.min(table.rowCount(), SAMPLE_ROWS); r++) {
            if (table.isMissing(r, c)) continue;
            chars += table.text(r, c).length();
            n++;
        }
        return n == 0 ? 0 : chars / (double) n;
    }
}
