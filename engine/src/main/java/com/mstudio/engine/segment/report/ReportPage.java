package com.mstudio.engine.segment.report;

import com.mstudio.engine.api.FeatureDistribution;
import com.mstudio.engine.api.SegmentModel;
import com.mstudio.engine.api.SegmentProfile;
import com.mstudio.engine.api.SegmentationRequest.Method;
import com.mstudio.engine.api.SegmentationResult;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import static com.mstudio.engine.segment.report.SvgWriter.escape;

/**
 * Assembles the report page: a header with the run's facts, a strip of segment cards, then two rows of charts (sizes,
 * heat map and scatter; auto-k, box plots and the method note), laid out to print on one landscape sheet for up to
 * {@link #COMPACT_K} segments. Every piece of user text (title, file name, segment names, features) is escaped here or in
 * {@link SvgWriter}.
 */
final class ReportPage {
    static final String DEFAULT_TITLE = "Customer segments";
    private static final int BOX_PLOTS = 2;
    /** Up to this many segments the report fits one landscape sheet; beyond, the lower row may move to a second. */
    static final int COMPACT_K = 6;
    /** Top features shown on a card; the description already names the strongest, and the card must stay short. */
    private static final int CARD_FEATURES = 3;
    /** Feature columns named in the notes before "and N more". */
    private static final int NOTED_COLUMNS = 12;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final SegmentationResult r;
    private final String title;
    private final StringBuilder html = new StringBuilder(64 * 1024);

    ReportPage(SegmentationResult result, String title) {
        this.r = result;
        this.title = title == null || title.isBlank() ? DEFAULT_TITLE : title.strip();
    }

    String render() {
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<meta name=\"generator\" content=\"Marketing Studio\"/>\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(ReportStyle.CSS).append("</style>\n</head>\n<body>\n");
        html.append(r.k() > COMPACT_K ? "<section class=\"sheet many\">" : "<section class=\"sheet\">").append('\n');
        header();
        cards();
        upperRow();
        lowerRow();
        html.append("<footer>").append(escape(footerLine())).append("</footer>\n</section>\n");
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private void header() {
        html.append("<header>\n<div>\n<h1>").append(escape(title)).append("</h1>\n");
        html.append("<p class=\"meta\">").append(escape(sourceLine())).append("</p>\n");
        html.append("<p class=\"meta\">").append(escape(methodLine())).append("</p>\n</div>\n");
        html.append("<div class=\"stats\">");
        stat(Integer.toString(r.k()), "segments");
        stat(Numbers.count(r.segmented().rowCount()), unit());
        if (isRfm()) stat("RFM", "quantile scores");
        else stat(Numbers.fixed(r.silhouette(), 2), "silhouette");
        html.append("</div>\n</header>\n");
    }

    /** One strip of cards for up to {@link #COMPACT_K} segments, two rows beyond. */
    private void cards() {
        int cols = r.k() <= COMPACT_K ? r.k() : (int) Math.ceil(r.k() / 2.0);
        html.append("<div class=\"cards\" style=\"--cols:").append(Math.max(1, cols)).append("\">\n");
        for (SegmentProfile p : r.profiles()) card(p);
        html.append("</div>\n");
    }

    /** Sizes, heat map and scatter side by side. */
    private void upperRow() {
        html.append("<div class=\"row upper\">\n");
        figure("sizes", "Segment sizes", SizeBarsSvg.render(r.profiles()),
                (isRfm() && unit().equals("customers") ? "Customers" : "Rows") + " in each segment and their share of all " + Numbers.count(r.segmented().rowCount()) + " " + unit() + ".");
        int shown = HeatMapSvg.features(r.profiles()).size();
        int all = r.profiles().isEmpty() ? 0 : r.profiles().get(0).contrasts().size();
        figure("heat", "What sets each segment apart", HeatMapSvg.render(r.profiles()),
                "Each cell: how far the segment's average (or share, for a category) lies from the whole base, in base "
                        + "standard deviations. Red is above the base, blue below. "
                        + (shown < all ? "The " + shown + " most distinctive of " + all + " features." : "All " + all + " features."));
        scatter();
        html.append("</div>\n");
    }

    /** Auto-k (when k was chosen automatically), the box plots of the most distinctive numbers, and the method note. */
    private void lowerRow() {
        html.append(r.kScan().isEmpty() ? "<div class=\"row lower\">\n" : "<div class=\"row lower auto\">\n");
        if (!r.kScan().isEmpty()) {
            int lo = r.kScan().get(0).k();
            int hi = r.kScan().get(r.kScan().size() - 1).k();
            figure("kscan", "How many segments? (auto-k)", KScoreSvg.render(r.kScan(), r.chosenK()),
                    "k = " + lo + "–" + hi + " tried, k = " + r.chosenK() + " used. Inertia always falls as k grows: look "
                            + "for the bend; the silhouette rewards well-separated segments.");
        }
        List<FeatureDistribution> boxes = BoxPlotSvg.mostDistinctive(r.profiles(), r.distributions(), BOX_PLOTS);
        if (!boxes.isEmpty()) {
            html.append("<div class=\"boxes\">\n<h2>The numbers that differ most</h2>\n<div class=\"pair\">\n");
            for (FeatureDistribution d : boxes) {
                html.append("<figure class=\"box\">\n<h3>").append(escape(d.column())).append("</h3>\n")
                        .append(BoxPlotSvg.render(d, r.profiles(), "All " + unit())).append("\n</figure>\n");
            }
            html.append("</div>\n<p class=\"caption\">").append(escape("Boxes: the middle half of each segment; black bar: median; "
                    + "white square: mean; whiskers: up to 1.5 box widths, clipped to the data. Grey: all " + unit() + ".")).append("</p>\n</div>\n");
        }
        notes();
        html.append("</div>\n");
    }

    private void scatter() {
        SegmentationResult.Projection projection = r.projection();
        int n = r.assignments().length;
        if (projection == null || projection.x().length != n || projection.y().length != n) return;
        int[] rows = ScatterSvg.sample(r.assignments(), r.k(), ScatterSvg.MAX_POINTS);
        String caption = rows.length < n
                ? "A sample of " + Numbers.count(rows.length) + " of " + Numbers.count(n) + " " + unit()
                        + ", stratified by segment (each keeps its share). "
                : "All " + Numbers.count(n) + " " + unit() + ". ";
        caption += "Dots are placed by principal components of the "
                + (isRfm() ? "recency, frequency and monetary values" : "segmentation features")
                + ": close dots are similar " + unit() + ". Colours as on the cards; large dots: segment centres.";
        figure("scatter", "The segments at a glance", ScatterSvg.render(projection, r.assignments(), r.profiles(), rows), caption);
    }

    private void notes() {
        SegmentModel m = r.model();
        html.append("<div class=\"notes\">\n<h2>How these segments were made</h2>\n");
        if (isRfm()) {
            SegmentModel.RfmScoring s = m.rfm();
            int levels = s == null ? 5 : s.scoreLevels();
            html.append("<p>").append(escape("Each " + unitSingular() + " gets a score of 1–" + levels + " for recency (recent buyers "
                    + "score high), frequency and monetary value, cut at quantiles of this data"
                    + (s != null && s.asOf() != null ? "; recency is counted in days before " + s.asOf() : "") + ".")).append("</p>\n");
            html.append("<p>").append(escape("The scores map to the groups marketers know: Champions (recent, frequent, high spend), "
                    + "Loyal, Potential loyalist, New, Needs attention, At risk, Can't lose, Hibernating and Lost.")).append("</p>\n");
        } else {
            html.append("<p>").append(escape("k-means with k-means++ starts on " + m.featureColumns().size() + " columns: "
                    + columnList(m.featureColumns()) + ". Missing values were imputed, numbers scaled to z-scores and "
                    + "categories one-hot encoded before clustering.")).append("</p>\n");
            if (Double.isFinite(r.silhouette())) {
                html.append("<p>").append(escape("Silhouette " + Numbers.fixed(r.silhouette(), 2) + ": " + silhouetteWords(r.silhouette())
                        + " (from −1 to 1; above 0.5 the segments are clearly apart, below 0.25 they overlap a lot).")).append("</p>\n");
            }
        }
        html.append("<p>").append(escape("The same data and seed " + m.seed() + " give the same segments. The saved segmentation "
                + "can assign new files with the same columns.")).append("</p>\n</div>\n");
    }

    private static String columnList(List<String> columns) {
        if (columns.size() <= NOTED_COLUMNS) return String.join(", ", columns);
        return String.join(", ", columns.subList(0, NOTED_COLUMNS)) + " and " + (columns.size() - NOTED_COLUMNS) + " more";
    }

    private void card(SegmentProfile p) {
        html.append("<article class=\"card\" style=\"--c:").append(SegmentPalette.colour(p.id())).append("\">\n");
        html.append("<h3>").append(escape(p.name())).append("</h3>\n");
        html.append("<div class=\"size\"><b>").append(Numbers.percent(p.share())).append("</b> \u00B7 ")
                .append(Numbers.count(p.size())).append(' ').append(escape(unit())).append("</div>\n");
        if (p.description() != null && !p.description().isBlank()) {
            html.append("<p>").append(escape(p.description())).append("</p>\n");
        }
        if (!p.topFeatures().isEmpty()) {
            html.append("<ul>");
            for (String f : p.topFeatures().subList(0, Math.min(CARD_FEATURES, p.topFeatures().size()))) {
                html.append("<li>").append(escape(f)).append("</li>");
            }
            html.append("</ul>\n");
        }
        html.append("</article>\n");
    }

    private void figure(String cssClass, String heading, String svg, String caption) {
        html.append("<figure class=\"").append(cssClass).append("\">\n<h2>").append(escape(heading)).append("</h2>\n")
                .append(svg).append('\n');
        if (caption != null) html.append("<figcaption>").append(escape(caption)).append("</figcaption>\n");
        html.append("</figure>\n");
    }

    private void stat(String value, String label) {
        html.append("<div class=\"stat\"><b>").append(escape(value)).append("</b><span>").append(escape(label)).append("</span></div>");
    }

    private String sourceLine() {
        String source = r.model().sourceName();
        String date = date(r.model().createdAt());
        StringBuilder s = new StringBuilder();
        if (source != null && !source.isBlank()) s.append("Data: ").append(source);
        if (date != null) s.append(s.length() > 0 ? " \u00B7 " : "").append("Segmented on ").append(date);
        return s.toString();
    }

    private String methodLine() {
        if (isRfm()) {
            SegmentModel.RfmScoring s = r.model().rfm();
            return "RFM scoring" + (s == null ? "" : ", " + s.scoreLevels() + " quantile levels per dimension") + " \u00B7 "
                    + r.k() + " named groups";
        }
        String k = r.kScan().isEmpty()
                ? "k = " + r.chosenK() + " (set by hand)"
                : "k = " + r.chosenK() + " (chosen automatically from " + r.kScan().get(0).k() + "–" + r.kScan().get(r.kScan().size() - 1).k() + ")";
        return "k-means on " + r.model().featureColumns().size() + " columns \u00B7 " + k + " \u00B7 seed " + r.model().seed()
                + (Double.isFinite(r.silhouette()) ? " \u00B7 silhouette " + Numbers.fixed(r.silhouette(), 2) + " (" + silhouetteWords(r.silhouette()) + ")" : "");
    }

    private String footerLine() {
        return "Marketing Studio segment report \u00B7 " + (isRfm() ? "RFM" : "k-means, seed " + r.model().seed()) + " \u00B7 "
                + Numbers.count(r.segmented().rowCount()) + " " + unit();
    }

    /** Kaufman and Rousseeuw's reading of the average silhouette. */
    static String silhouetteWords(double s) {
        if (s > 0.7) return "strong structure";
        if (s > 0.5) return "clear structure";
        if (s > 0.25) return "moderate structure";
        return "weak structure, segments overlap";
    }

    private static String date(String createdAt) {
        if (createdAt == null || createdAt.isBlank()) return null;
        try {
            return DATE.format(Instant.parse(createdAt));
        } catch (DateTimeParseException e) {
            return createdAt;
        }
    }

    private boolean isRfm() {
        return r.model().method() == Method.RFM;
    }

    /** Transactional RFM segments customers; everything else segments the file's rows. */
    private String unit() {
        return isRfm() && r.model().rfm() != null && r.model().rfm().columns().isTransactional() ? "customers" : "rows";
    }

    private String unitSingular() {
        return unit().equals("customers") ? "customer" : "row";
    }
}
