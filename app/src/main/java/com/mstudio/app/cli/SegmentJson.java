package com.mstudio.app.cli;

import com.mstudio.engine.api.SegmentProfile;
import com.mstudio.engine.api.SegmentationRequest;
import com.mstudio.engine.api.SegmentationResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code segment --json} object: first exactly the contract's keys ({@code k}, {@code method}, {@code silhouette},
 * {@code segments}), then extras. Numbers that are not numbers (an RFM silhouette) are JSON null, never NaN.
 */
final class SegmentJson {
    private SegmentJson() {}

    static Map<String, Object> toJson(SegmentationResult r, List<Path> written) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("k", r.k());
        json.put("method", r.model().method() == SegmentationRequest.Method.RFM ? "rfm" : "kmeans");
        json.put("silhouette", number(r.silhouette()));
        List<Map<String, Object>> segments = new ArrayList<>();
        for (SegmentProfile p : r.profiles()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("id", p.id());
            s.put("name", p.name());
            s.put("size", p.size());
            s.put("description", p.description());
            s.put("top_features", p.topFeatures());
            s.put("share", number(p.share()));
            segments.add(s);
        }
        json.put("segments", segments);
        json.put("rows", r.segmented().rowCount());
        json.put("seed", r.model().seed());
        json.put("columns", r.model().featureColumns());
        List<Map<String, Object>> scan = new ArrayList<>();
        for (SegmentationResult.KScore score : r.kScan()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("k", score.k());
            s.put("inertia", number(score.inertia()));
            s.put("silhouette", number(score.silhouette()));
            scan.add(s);
        }
        json.put("k_scan", scan);
        if (!written.isEmpty()) json.put("files", written.stream().map(Path::toString).toList());
        return json;
    }

    private static Double number(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
