package com.mstudio.engine.store;

import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.copy.CopyModelFiles;
import com.mstudio.engine.predict.PropensityModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** A model of the other family is named as such, not reported as damaged or as saved by a newer version. */
class ModelFamilyTest {
    private static final byte[] NETWORK = {'P', 'K', 3, 4, 0, 0, 0, 0};

    @TempDir
    Path dir;

    @Test
    void copyModelGivenWherePropensityIsExpected() {
        Path file = dir.resolve("copy.zip");
        ModelZip.write(file, bytes("{\"formatVersion\":1,\"kind\":\"BASELINE\",\"labels\":[\"a\",\"b\"],\"tokenizer\":{}}"), NETWORK);
        StudioException e = assertThrows(StudioException.class, () -> PropensityModelFiles.load(file));
        assertEquals("This is a copy classification model, not a propensity model.", e.reason());
    }

    @Test
    void propensityModelGivenWhereCopyIsExpected() {
        Path file = dir.resolve("logistic.propensity.zip");
        ModelZip.write(file, bytes("{\"formatVersion\":2,\"kind\":\"LOGISTIC\",\"target\":\"t\",\"transform\":{}}"), NETWORK);
        StudioException e = assertThrows(StudioException.class, () -> CopyModelFiles.load(file));
        assertEquals("This is a propensity model, not a copy classification model.", e.reason());
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
