package com.mstudio.engine.segment;

import com.mstudio.engine.api.ImportOptions;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.PlainJobContext;
import com.mstudio.engine.api.SegmentationRequest;
import com.mstudio.engine.api.SegmentationResult;
import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.data.Dataset;
import com.mstudio.engine.data.clean.DefaultCleaningService;
import com.mstudio.engine.data.csv.CsvImporter;
import com.mstudio.engine.runtime.JobEngine;
import com.mstudio.engine.testsupport.ChurnData;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Shared by the segmentation tests: files read through the real importer, and the real service on a real job engine. */
final class SegmentTestSupport {
    static final Path TRANSACTIONS = ChurnData.repoRoot().resolve("samples").resolve("transactions.csv");

    private SegmentTestSupport() {}

    /** A job engine without ND4J (the segmentation core is plain Java). */
    static JobEngine engine() {
        return new JobEngine(new JobEngine.Config(0, false, 2));
    }

    static DefaultSegmentService service(JobEngine engine) {
        return new DefaultSegmentService(engine, new DefaultCleaningService());
    }

    static Dataset importFile(Path file) {
        return Dataset.of(new CsvImporter().importFile(file, ImportOptions.detectAll(), new PlainJobContext()).table());
    }

    static Dataset resource(String name) {
        try {
            return importFile(Path.of(SegmentTestSupport.class.getResource("/segment/" + name).toURI()));
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Dataset csv(Path dir, String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return importFile(file);
    }

    static SegmentationResult run(DefaultSegmentService service, DataTable table, SegmentationRequest request) {
        return service.segment(table, request, Runnable::run, new JobListener<>() {}).await();
    }
}
