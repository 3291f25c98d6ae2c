package com.mstudio.engine.segment;

import com.mstudio.engine.data.WriteProblems;
import com.mstudio.engine.runtime.ProgressSpan;

import com.mstudio.engine.api.JobContext;
import com.mstudio.engine.api.SegmentationResult;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.data.csv.CsvWriter;
import com.mstudio.engine.segment.report.SegmentReport;
import com.mstudio.engine.store.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes what a marketer takes away: {@code segmented.csv} (every original column plus segment and segment_name,
 * formula-like text escaped by the CSV writer) and {@code segment-report.html}, each atomically.
 */
final class SegmentExport {
    static final String CSV = "segmented.csv";
    static final String REPORT = "segment-report.html";

    private final CsvWriter csv = new CsvWriter();

    List<Path> write(SegmentationResult result, Path folder, JobContext ctx) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StudioException("The folder could not be created: " + e.getMessage(), folder, -1, null, e);
        }
        Path table = folder.resolve(CSV);
        ProgressSpan progress = new ProgressSpan(ctx, 0, 1);
        csv.write(result.segmented(), table, scaled(ctx, 0.9));
        progress.checkCancelled();
        progress.report(0.9, "Writing the report");
        Path report = folder.resolve(REPORT);
        String html = SegmentReport.html(result, title(result));
        try {
            AtomicFiles.writeExport(report, html.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StudioException("The report could not be written. " + WriteProblems.describe(report, e), report, -1, null, e);
        }
        progress.report(1, "Exported " + CSV + " and " + REPORT);
        return List.of(table, report);
    }

    /** {@code ctx} with progress squeezed into 0..{@code upTo}, for the CSV writer's own reports. */
    private static JobContext scaled(JobContext ctx, double upTo) {
        return new JobContext() {
            @Override public void progress(double fraction, String message) { ctx.progress(fraction < 0 ? fraction : fraction * upTo, message); }
            @Override public void metric(String series, long step, double value) { ctx.metric(series, step, value); }
            @Override public void preview(String kind, Object payload) { ctx.preview(kind, payload); }
            @Override public boolean isCancelled() { return ctx.isCancelled(); }
        };
    }

    static String title(SegmentationResult result) {
        String source = result.model().sourceName();
        String kind = result.model().method() == com.mstudio.engine.api.SegmentationRequest.Method.RFM ? "RFM segments" : "Customer segments";
        return source == null || source.isBlank() ? kind : kind + " of " + source;
    }
}
