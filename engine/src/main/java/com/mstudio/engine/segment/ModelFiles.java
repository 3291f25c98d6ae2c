package com.mstudio.engine.segment;

import com.mstudio.engine.data.WriteProblems;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mstudio.engine.api.SegmentModel;
import com.mstudio.engine.api.SegmentationRequest;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.store.AtomicFiles;
import com.mstudio.engine.store.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A {@link SegmentModel} as versioned JSON, written atomically. Reading checks more than the syntax: a file whose
 * parts do not fit together (centroids of the wrong width, cut points missing) is "damaged", because assigning rows
 * with it would give wrong segments silently.
 */
final class ModelFiles {
    private final ObjectMapper json = Json.newMapper();

    void save(SegmentModel model, Path file) {
        try {
            AtomicFiles.write(file, json.writeValueAsBytes(model));
        } catch (IOException e) {
            throw new StudioException("Could not save the segmentation. " + WriteProblems.describe(file, e), file, -1, null, e);
        }
    }

    SegmentModel load(Path file) {
        SegmentModel m;
        if (Files.isDirectory(file)) throw new StudioException("This is a folder, not a segmentation file.", file, -1, null);
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K') {
                throw new StudioException("This is a zip archive (such as a saved model), not a segmentation file.", file, -1, null);
            }
            m = json.readValue(bytes, SegmentModel.class);
        } catch (NoSuchFileException e) {
            throw new StudioException("The segmentation file is missing.", file, -1, null, e);
        } catch (StudioException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw damaged(file, e);
        }
        if (m == null) throw damaged(file, null);
        if (m.formatVersion() > SegmentModel.FORMAT_VERSION) {
            throw new StudioException("This segmentation was saved by a newer version of Marketing Studio (format "
                    + m.formatVersion() + "). Update the app to open it.", file, -1, null);
        }
        if (!consistent(m)) throw damaged(file, null);
        return m;
    }

    private static boolean consistent(SegmentModel m) {
        if (m.method() == null || m.k() < 1 || m.segmentNames().stream().anyMatch(n -> n == null)) return false;
        if (m.method() == SegmentationRequest.Method.RFM) {
            SegmentModel.RfmScoring s = m.rfm();
            int cuts = RfmScorer.LEVELS - 1;
            return s != null && s.columns() != null && s.scoreLevels() == RfmScorer.LEVELS && m.k() == RfmGroups.NAMES.size()
                    && s.recencyCuts().length == cuts && s.frequencyCuts().length == cuts && s.monetaryCuts().length == cuts;
        }
        if (m.transform() == null || m.featureColumns().isEmpty() || m.centroids().size() != m.k()) return false;
        int dims = m.transform().featureNames().size();
        return m.centroids().stream().allMatch(c -> c != null && c.length == dims);
    }

    private static StudioException damaged(Path file, Exception cause) {
        return new StudioException("The segmentation file is damaged and cannot be read.", file, -1, null, cause);
    }
}
