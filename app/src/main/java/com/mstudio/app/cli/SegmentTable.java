package com.mstudio.app.cli;

import com.mstudio.engine.api.SegmentProfile;
import com.mstudio.engine.api.SegmentationRequest;
import com.mstudio.engine.api.SegmentationResult;

import java.io.PrintStream;
import java.util.Locale;

/** The human-readable {@code segment} output: a summary line, the auto-k scores, then one block per segment. */
final class SegmentTable {
    private static final int MAX_NAME_WIDTH = 36;

    private SegmentTable() {}

    static void print(String source, SegmentationResult r, boolean assigned, PrintStream out) {
        boolean rfm = r.model().method() == SegmentationRequest.Method.RFM;
        StringBuilder how = new StringBuilder(rfm ? "RFM" : "k-means");
        if (assigned) {
            how.append(", assigned with a saved segmentation of ").append(blankAs(r.model().sourceName(), "another file"));
        } else if (!rfm) {
            how.append(r.kScan().isEmpty() ? ", k set by hand" : ", k chosen from " + r.kScan().get(0).k() + "–"
                    + r.kScan().get(r.kScan().size() - 1).k());
            how.append(", seed ").append(r.model().seed());
        }
        if (Double.isFinite(r.silhouette())) how.append(String.format(Locale.ROOT, ", silhouette %.2f", r.silhouette()));
        out.printf(Locale.ROOT, "%s: %,d %s in %d segments (%s)%n", source, r.segmented().rowCount(),
                rfm && r.model().rfm() != null && r.model().rfm().columns().isTransactional() ? "customers" : "rows", r.k(), how);
        if (!rfm) out.println("Columns: " + String.join(", ", r.model().featureColumns()));

        if (!r.kScan().isEmpty()) {
            out.println();
            out.println("   k       inertia  silhouette");
            for (SegmentationResult.KScore s : r.kScan()) {
                out.printf(Locale.ROOT, "%4d %13.1f %11.3f%s%n", s.k(), s.inertia(), s.silhouette(), s.k() == r.chosenK() ? "  <- chosen" : "");
            }
        }
        int nameWidth = Math.max(7, Math.min(MAX_NAME_WIDTH, r.profiles().stream().mapToInt(p -> p.name().length()).max().orElse(7)));
        out.println();
        out.printf(Locale.ROOT, "%3s  %-" + nameWidth + "s %9s %7s  %s%n", "id", "segment", "size", "share", "description");
        for (SegmentProfile p : r.profiles()) {
            out.printf(Locale.ROOT, "%3d  %-" + nameWidth + "s %,9d %6.1f%%  %s%n", p.id(), fit(p.name(), nameWidth), p.size(), p.share() * 100,
                    blankAs(p.description(), ""));
            if (!p.topFeatures().isEmpty()) out.println("     " + " ".repeat(nameWidth) + "top: " + String.join(", ", p.topFeatures()));
        }
    }

    private static String fit(String name, int width) {
        return name.length() <= width ? name : name.substring(0, width - 1) + "\u2026";
    }

    private static String blankAs(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s;
    }
}
