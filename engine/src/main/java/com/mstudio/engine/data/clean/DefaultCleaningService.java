package com.mstudio.engine.data.clean;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mstudio.engine.api.CleaningService;
import com.mstudio.engine.api.CleaningSpec;
import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.FeatureMatrix;
import com.mstudio.engine.api.FittedTransform;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.data.Column;
import com.mstudio.engine.data.Dataset;
import com.mstudio.engine.data.StringColumn;
import com.mstudio.engine.store.AtomicFiles;
import com.mstudio.engine.store.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Fit, apply, feature matrix and JSON files for cleaning transforms. Stateless and thread-safe. */
public final class DefaultCleaningService implements CleaningService {
    private final ObjectMapper json = Json.newMapper();

    @Override
    public FittedTransform fit(DataTable table, CleaningSpec spec) {
        return TransformFitter.fit(Dataset.of(table), spec);
    }

    @Override
    public DataTable apply(FittedTransform transform, DataTable table) {
        return TransformApplier.apply(transform, Dataset.of(table)).data();
    }

    @Override
    public FeatureMatrix toFeatureMatrix(FittedTransform transform, DataTable table) {
        TransformApplier.Applied applied = TransformApplier.apply(transform, Dataset.of(table));
        Dataset data = applied.data();
        List<String> names = transform.featureNames();
        int rows = data.rowCount(), cols = names.size();
        float[] values = new float[rows * cols];
        for (int j = 0; j < cols; j++) {
            Column c = data.columnAt(indexOfOutput(data, names.get(j)));
            if (c instanceof StringColumn) {
                throw new StudioException("Column \"" + c.name() + "\" holds text. Turn it into categories (one-hot) to use it as a feature.",
                        null, -1, c.name());
            }
            for (int r = 0; r < rows; r++) {
                double v = c.number(r);
                if (Double.isNaN(v)) {
                    throw new StudioException("Column \"" + c.name() + "\" has missing values (first in row "
                            + (applied.sourceRows()[r] + 1) + "). Choose how to fill them or drop those rows.", null, -1, c.name());
                }
                values[r * cols + j] = (float) v;
            }
        }
        return new FeatureMatrix(values, rows, cols, names, applied.sourceRows());
    }

    /** Outputs are found by name; a pass-through column could share the name of a one-hot output, so take the last. */
    private static int indexOfOutput(Dataset data, String name) {
        for (int i = data.columnCount() - 1; i >= 0; i--) if (data.columnAt(i).name().equals(name)) return i;
        throw new IllegalStateException("no output column " + name);
    }

    @Override
    public void save(FittedTransform transform, Path file) {
        try {
            AtomicFiles.write(file, json.writeValueAsBytes(transform));
        } catch (IOException e) {
            throw new StudioException("Could not save the cleaning steps: " + e.getMessage(), file, -1, null, e);
        }
    }

    @Override
    public FittedTransform load(Path file) {
        FittedTransform t;
        try {
            t = json.readValue(Files.readAllBytes(file), FittedTransform.class);
        } catch (NoSuchFileException e) {
            throw new StudioException("The cleaning steps file is missing.", file, -1, null, e);
        } catch (IOException e) {
            throw new StudioException("The cleaning steps file is damaged and cannot be read.", file, -1, null, e);
        }
        if (t == null || t.columns() == null) throw new StudioException("The cleaning steps file is empty.", file, -1, null);
        if (t.formatVersion() > FittedTransform.FORMAT_VERSION) {
            throw new StudioException("These cleaning steps were saved by a newer version of Marketing Studio (format "
                    + t.formatVersion() + "). Update the app to open them.", file, -1, null);
        }
        return t;
    }
}
