package com.mstudio.engine.segment.report;

import com.mstudio.engine.api.SegmentationResult;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/** The printable report on generated results: well-formed, self-contained, escaped, sampled honestly. */
class SegmentReportTest {
    private static final List<String> NAMES = List.of("Loyal long-timers", "New & price-sensitive", "Fibre power users",
            "Quiet savers");

    @Test
    void thePageIsWellFormedAndSelfContained() throws Exception {
        String html = SegmentReport.html(ReportFixtures.kmeans(7043, NAMES, true, 42), "Telco customers");
        save("kmeans", html);
        Document page = parse(html);
        assertEquals("html", page.getDocumentElement().getTagName());
        List<String> svgs = svgBlocks(html);
        assertEquals(6, svgs.size(), "sizes, heat map, scatter, auto-k and two box plots");
        for (String svg : svgs) {
            Element root = parse(svg).getDocumentElement();
            assertEquals("svg", root.getTagName());
            assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        }
        // Nothing is fetched from elsewhere and nothing runs.
        assertFalse(html.contains("<script"), "no scripts");
        assertFalse(html.matches("(?s).*(src|href)=\"(https?:)?//.*"), "no external resources");
        assertFalse(html.contains("@import"));
        assertTrue(html.contains("@media print"));
        assertTrue(html.contains("Telco customers"));
        assertTrue(html.contains("wa_churn.csv"), "names the data source");
        assertTrue(html.contains("seed 42"));
        assertTrue(html.contains("0.31"), "shows the silhouette");
    }

    @Test
    void everySegmentNameAppearsEscaped() {
        String html = SegmentReport.html(ReportFixtures.kmeans(2000, NAMES, true, 1), null);
        for (String name : NAMES) {
            assertTrue(html.contains("<h3>" + SvgWriter.escape(name) + "</h3>"), "card for " + name);
        }
        assertTrue(html.contains("New &amp; price-sensitive"));
        assertFalse(html.contains("New & price"), "a raw ampersand would break XML parsing and some printers");
        assertTrue(html.contains("<title>Customer segments</title>"), "a default title");
    }

    @Test
    void hostileNamesAndTitlesAreShownAsTextNeverAsMarkup() throws Exception {
        String evil = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";
        List<String> names = List.of(evil, "Normal", "A\u0001control char");
        String html = SegmentReport.html(ReportFixtures.kmeans(500, names, false, 3), "</title><script>bad()</script>");
        assertFalse(html.toLowerCase().contains("<script"), "no script element can appear");
        assertFalse(html.contains("<img"), "no injected element");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
        Document page = parse(html);
        assertEquals(0, page.getElementsByTagName("img").getLength());
        assertEquals(0, page.getElementsByTagName("script").getLength());
        assertEquals("</title><script>bad()</script>", page.getElementsByTagName("title").item(0).getTextContent());
        for (String svg : svgBlocks(html)) parse(svg);
    }

    @Test
    void theScatterIsAStratifiedSampleAndSaysSo() throws Exception {
        SegmentationResult r = ReportFixtures.kmeans(20_000, NAMES, true, 5);
        String html = SegmentReport.html(r, "Big file");
        String scatter = svgBlocks(html).stream().filter(s -> s.contains("principal components")).findFirst().orElseThrow();
        int points = parse(scatter).getElementsByTagName("circle").getLength() - NAMES.size(); // minus the centres
        assertTrue(points <= 3000, "at most 3,000 points, got " + points);
        assertEquals(3000, points, "the sample uses its whole budget");
        assertTrue(html.contains("A sample of " + String.format("%,d", points) + " of 20,000 rows"), "the caption says it is a sample");

        int[] rows = ScatterSvg.sample(r.assignments(), r.k(), ScatterSvg.MAX_POINTS);
        int[] inSample = new int[r.k()];
        for (int row : rows) inSample[r.assignments()[row]]++;
        for (int s = 0; s < r.k(); s++) {
            double share = (double) inSample[s] / rows.length;
            assertEquals(r.profiles().get(s).share(), share, 0.01, "segment " + s + " keeps its share in the sample");
        }
        assertArrayEquals(rows, ScatterSvg.sample(r.assignments(), r.k(), ScatterSvg.MAX_POINTS), "deterministic");
    }

    @Test
    void aTinySegmentKeepsVisiblePointsInTheSample() {
        int[] assignments = new int[100_000];
        for (int i = 0; i < 40; i++) assignments[i * 2500] = 1; // 40 rows of 100,000: 1.2 points by share alone
        int[] rows = ScatterSvg.sample(assignments, 2, 3000);
        long tiny = java.util.Arrays.stream(rows).filter(row -> assignments[row] == 1).count();
        assertEquals(30, tiny);
        assertEquals(3000, rows.length);
    }

    @Test
    void smallFilesAreDrawnWholeAndSayAll() {
        String html = SegmentReport.html(ReportFixtures.kmeans(800, NAMES, true, 9), "Small");
        assertTrue(html.contains("All 800 rows"), "no sample below the limit");
        assertFalse(html.contains("A sample of"));
    }

    @Test
    void withoutAnAutoKScanThereIsNoAutoKChart() {
        String fixed = SegmentReport.html(ReportFixtures.kmeans(1000, NAMES, false, 2), "Fixed k");
        assertFalse(fixed.contains("Auto-k scores"));
        assertFalse(fixed.contains("How many segments?"));
        assertTrue(fixed.contains("k = 4 (set by hand)"));
        String auto = SegmentReport.html(ReportFixtures.kmeans(1000, NAMES, true, 2), "Auto k");
        assertTrue(auto.contains("Auto-k scores"));
        assertTrue(auto.contains("k = 4 chosen"));
    }

    @Test
    void rfmShowsItsGroupsWithoutASilhouette() throws Exception {
        String html = SegmentReport.html(ReportFixtures.rfm(5000), "RFM");
        save("rfm", html);
        parse(html);
        assertTrue(html.contains("RFM scoring, 5 quantile levels"));
        assertTrue(html.contains("Can&#39;t lose"));
        assertTrue(html.contains("customers"), "transactional RFM segments customers");
        assertFalse(html.contains("silhouette 0"), "no silhouette for RFM");
        assertFalse(html.contains("Auto-k scores"));
    }

    @Test
    void manyLongNamedSegmentsStillGiveAWellFormedPage() throws Exception {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            names.add("Segment " + i + ": long tenure, two-year contract, fibre optic, electronic check payers");
        }
        String html = SegmentReport.html(ReportFixtures.kmeans(9000, names, true, 11), "Ten segments");
        save("ten", html);
        parse(html);
        assertTrue(html.contains("class=\"sheet many\""), "the compact print layout for more than five segments");
        for (String name : names) assertTrue(html.contains("<h3>" + SvgWriter.escape(name) + "</h3>"));
        for (String svg : svgBlocks(html)) parse(svg);
    }

    @Test
    void upToSixSegmentsPrintOnOneLandscapeSheet() {
        for (int k = 2; k <= ReportPage.COMPACT_K; k++) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < k; i++) names.add("Segment " + i);
            String html = SegmentReport.html(ReportFixtures.kmeans(3000, names, true, k), "One sheet");
            assertEquals(1, count(html, "<section class=\"sheet"), "one sheet for k = " + k);
            assertTrue(html.contains("<section class=\"sheet\">"), "the compact layout for k = " + k);
            assertEquals(2, count(html, "<div class=\"row "), "two rows of charts under the cards");
            assertTrue(html.contains("--cols:" + k), "the cards form one strip");
        }
        String css = ReportStyle.CSS;
        assertTrue(css.contains("@page{size:landscape;margin:10mm}"), "landscape with 10 mm margins fits A4 and US Letter");
        assertFalse(css.matches("(?s).*break-(before|after):\\s*(page|always).*"), "no forced page break");
        assertFalse(css.contains("page-break-before"), "no forced page break (legacy property)");
        assertTrue(css.matches("(?s).*\\.row\\{[^}]*break-inside:avoid.*"), "a chart row that does not fit moves to a second sheet whole");
        // Nothing in print is smaller than 9.5 CSS px (about 7 pt).
        String print = css.substring(css.indexOf("@media print"));
        Matcher m = Pattern.compile("font-size:([0-9.]+)px").matcher(print);
        while (m.find()) assertTrue(Double.parseDouble(m.group(1)) >= 9.5, "print text of " + m.group(1) + "px");
    }

    @Test
    void theHeatMapShowsTheMostDistinctiveFeaturesAndSaysHowMany() {
        String html = SegmentReport.html(ReportFixtures.kmeans(3000, NAMES, true, 4), "Heat");
        int all = ReportFixtures.kmeans(3000, NAMES, true, 4).profiles().get(0).contrasts().size();
        int shown = Math.min(HeatMapSvg.MAX_FEATURES, all);
        assertTrue(html.contains(shown < all ? "The " + shown + " most distinctive of " + all + " features." : "All " + all + " features."));
    }

    @Test
    void theSameResultGivesTheSameBytes() {
        SegmentationResult r = ReportFixtures.kmeans(5000, NAMES, true, 42);
        assertEquals(SegmentReport.html(r, "x"), SegmentReport.html(r, "x"));
    }

    @Test
    void segmentColoursAreDistinctForUpToFourteenSegments() {
        java.util.Set<String> colours = new java.util.HashSet<>();
        for (int i = 0; i < 14; i++) colours.add(SegmentPalette.colour(i));
        assertEquals(14, colours.size());
        assertFalse(colours.contains(SegmentPalette.BASE));
        assertFalse(colours.contains("#000000"), "black vanishes on the app's dark theme, so neither uses it");
        assertEquals(SegmentPalette.colour(0), SegmentPalette.colour(14), "wraps around");
    }

    @Test
    void heatMapColoursDivergeAroundWhite() {
        assertEquals("#F7F7F7", HeatMapSvg.colour(0));
        assertEquals("#B2182B", HeatMapSvg.colour(5), "clamped at +2");
        assertEquals("#2166AC", HeatMapSvg.colour(-2));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) n++;
        return n;
    }

    static List<String> svgBlocks(String html) {
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("(?s)<svg .*?</svg>").matcher(html);
        while (m.find()) blocks.add(m.group());
        return blocks;
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** Leaves the page under target/ so that a person (or a headless browser) can look at it. */
    private static void save(String name, String html) throws Exception {
        Path dir = Path.of("target", "segment-report");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("report-" + name + ".html"), html);
    }
}
