package com.mstudio.ui.data;

import com.mstudio.ui.common.Formats;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * One column at a glance: name and type, missing and distinct, the numeric summary, and a small chart —
 * a histogram for numbers and dates, the most frequent values for everything else. Bars are plain regions so the
 * theme's accent colour styles them in light and dark.
 */
final class ProfileCard extends VBox {
    private static final double CHART_HEIGHT = 64;
    private static final double TRACK = 90;
    /** The engine reports ten top values; six keep the cards of a row the same height. */
    private static final int TOP = 6;

    ProfileCard(ColumnStats s) {
        this(s, null);
    }

    /** @param privacy "masked" or "in clear" for a personal-data column (a badge says so), else null */
    ProfileCard(ColumnStats s, String privacy) {
        getStyleClass().addAll("card", "profile-card");
        setId("profile-" + s.name());
        Label name = new Label(s.name());
        name.getStyleClass().add("col-name");
        name.setMinWidth(0);
        Label type = new Label(SchemaTable.typeName(s.type()));
        type.getStyleClass().add("type-badge");
        type.setMinWidth(Region.USE_PREF_SIZE);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head = new HBox(8, name, grow, type);
        if (privacy != null) {
            Label p = new Label(privacy);
            p.getStyleClass().addAll("privacy-badge", privacy.equals("masked") ? "masked" : "in-clear");
            p.setMinWidth(Region.USE_PREF_SIZE);
            head.getChildren().add(2, p);
        }
        head.setAlignment(Pos.CENTER_LEFT);

        GridPane facts = new GridPane();
        facts.setHgap(10);
        facts.setVgap(2);
        int r = 0;
        fact(facts, r++, "Missing", Formats.percent(s.missingShare()) + "  (" + Formats.count(s.missing()) + ")");
        fact(facts, r++, "Distinct", Formats.count(s.distinct()));
        if (s.hasNumbers()) {
            // Short rows rather than one "min · mean · max" line, which clips on large values.
            fact(facts, r++, "Mean · Median", Formats.number(s.mean()) + " · " + Formats.number(s.median()));
            fact(facts, r++, "Range", Formats.number(s.min()) + " – " + Formats.number(s.max()));
        }
        getChildren().addAll(head, facts, s.histogram() ? histogram(s) : topValues(s));
        if (!s.note().isEmpty()) {
            Label note = new Label(s.note());
            note.getStyleClass().add("muted");
            note.setWrapText(true);
            getChildren().add(note);
        }
    }

    private static void fact(GridPane g, int row, String label, String value) {
        Label l = new Label(label);
        l.getStyleClass().add("muted");
        Label v = new Label(value);
        g.addRow(row, l, v);
    }

    private static VBox histogram(ColumnStats s) {
        long max = s.bars().stream().mapToLong(ColumnStats.Bar::count).max().orElse(0);
        HBox bars = new HBox(2);
        bars.setAlignment(Pos.BOTTOM_LEFT);
        bars.setPrefHeight(CHART_HEIGHT);
        bars.setMinHeight(CHART_HEIGHT);
        for (ColumnStats.Bar b : s.bars()) {
            Region bar = bar();
            double h = max == 0 ? 0 : Math.max(b.count() > 0 ? 2 : 0, CHART_HEIGHT * b.count() / max);
            bar.setPrefHeight(h);
            bar.setMaxHeight(h);
            bar.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(bar, Priority.ALWAYS);
            Tooltip.install(bar, new Tooltip(b.label() + ": " + Formats.count(b.count())));
            bars.getChildren().add(bar);
        }
        boolean numbers = s.hasNumbers();
        Label lo = new Label(numbers ? Formats.number(s.min()) : s.bars().isEmpty() ? "" : s.bars().get(0).label());
        Label hi = new Label(numbers ? Formats.number(s.max()) : s.bars().isEmpty() ? "" : s.bars().get(s.bars().size() - 1).label());
        lo.getStyleClass().add("muted");
        hi.getStyleClass().add("muted");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        VBox box = new VBox(2, bars, new HBox(lo, grow, hi));
        box.getStyleClass().add("histogram");
        return box;
    }

    private static VBox topValues(ColumnStats s) {
        long max = s.bars().stream().mapToLong(ColumnStats.Bar::count).max().orElse(0);
        VBox rows = new VBox(3);
        rows.getStyleClass().add("histogram");
        for (ColumnStats.Bar b : s.bars().subList(0, Math.min(TOP, s.bars().size()))) {
            Label label = new Label(b.label().isEmpty() ? "(empty)" : b.label());
            label.setMinWidth(40);
            label.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(label, Priority.ALWAYS);
            Tooltip.install(label, new Tooltip(b.label() + ": " + Formats.count(b.count())));
            Region bar = bar();
            double w = max == 0 ? 0 : TRACK * b.count() / max;
            bar.setPrefSize(w, 12);
            bar.setMaxSize(w, 12);
            StackPane track = new StackPane(bar);
            track.setAlignment(Pos.CENTER_LEFT);
            track.setPrefWidth(TRACK);
            track.setMinWidth(TRACK);
            Label count = new Label(Formats.count(b.count()));
            count.getStyleClass().add("muted");
            count.setMinWidth(USE_PREF_SIZE);
            HBox row = new HBox(6, label, track, count);
            row.setAlignment(Pos.CENTER_LEFT);
            rows.getChildren().add(row);
        }
        if (s.bars().isEmpty()) rows.getChildren().add(new Label("No values"));
        return rows;
    }

    private static Region bar() {
        Region r = new Region();
        r.getStyleClass().add("bar");
        r.setMinHeight(0);
        r.setMinWidth(0);
        return r;
    }
}
