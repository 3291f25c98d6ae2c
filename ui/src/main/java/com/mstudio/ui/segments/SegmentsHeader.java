package com.mstudio.ui.segments;

import atlantafx.base.theme.Styles;
import com.mstudio.engine.api.SegmentationRequest;
import com.mstudio.engine.api.SegmentationResult;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Locale;

/**
 * The Segments screen's title line: what is segmented (the dataset, or "Applied to new_customers.csv"), the result's
 * facts (for another file: "· personal data in 2 columns masked" when it has some), and the actions (Back to the dataset, Apply to another file…, Export…).
 */
final class SegmentsHeader extends VBox {
    SegmentsHeader(SegmentsViewModel vm, SegmentExportViewModel export, Runnable exportData, Runnable exportCharts,
                   Runnable applyToFile) {
        setId("segments-header");
        setSpacing(2);
        Label title = new Label();
        title.setId("segments-title");
        title.getStyleClass().add("screen-title");
        title.setMinWidth(0);
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            if (!vm.appliedToProperty().get().isEmpty()) return "Applied to " + vm.appliedToProperty().get();
            var ds = vm.datasetProperty().get();
            return ds == null ? "Segments" : "Segments of " + ds.entry().name();
        }, vm.appliedToProperty(), vm.datasetProperty()));
        Label facts = new Label();
        facts.setId("segments-facts");
        facts.getStyleClass().add("muted");
        facts.setMinWidth(0);
        facts.textProperty().bind(Bindings.createStringBinding(() -> {
            String f = facts(vm.resultProperty().get());
            String note = vm.appliedToProperty().get().isEmpty() ? "" : SegmentsViewModel.maskedNote(vm.appliedMaskedColumnsProperty().get());
            return f.isEmpty() || note.isEmpty() ? f : f + " · " + note;
        }, vm.resultProperty(), vm.appliedToProperty(), vm.appliedMaskedColumnsProperty()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);

        Button back = new Button("Back to the dataset");
        back.setId("segments-back");
        back.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        back.setMinWidth(Region.USE_PREF_SIZE);
        back.visibleProperty().bind(vm.appliedToProperty().isNotEmpty());
        back.managedProperty().bind(back.visibleProperty());
        back.setOnAction(e -> vm.showDataset());

        Button apply = new Button("Apply to another file…");
        apply.setId("segments-apply");
        apply.getStyleClass().add(Styles.BUTTON_OUTLINED);
        apply.setMinWidth(Region.USE_PREF_SIZE);
        apply.disableProperty().bind(vm.resultProperty().isNull().or(vm.busyProperty()));
        apply.setOnAction(e -> applyToFile.run());

        MenuItem data = new MenuItem("Segmented CSV and report…");
        data.setId("export-segmented");
        data.setOnAction(e -> exportData.run());
        data.disableProperty().bind(export.runningProperty());
        MenuItem charts = new MenuItem("Charts as PNG…");
        charts.setId("export-charts");
        charts.setOnAction(e -> exportCharts.run());
        MenuButton menu = new MenuButton("Export…", null, data, charts);
        menu.setId("segments-export");
        menu.getStyleClass().add(Styles.BUTTON_OUTLINED);
        menu.setMinWidth(Region.USE_PREF_SIZE);
        menu.disableProperty().bind(vm.resultProperty().isNull());
        // The title keeps its full width ("Applied to new_customers.csv" must be read whole); Back sits on the
        // facts line below, under the actions.
        title.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(10, title, grow, apply, menu);
        line.setAlignment(Pos.CENTER_LEFT);
        facts.setWrapText(true);
        facts.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(facts, Priority.ALWAYS);
        HBox second = new HBox(10, facts, back);
        second.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(line, second);
    }

    /** "4 segments · k-means on 6 columns, seed 42 · silhouette 0.27 · 7,043 customers". */
    static String facts(SegmentationResult r) {
        if (r == null) return "";
        StringBuilder s = new StringBuilder(r.k() + " segments · ");
        if (r.model().method() == SegmentationRequest.Method.RFM) {
            s.append("RFM scores");
        } else {
            s.append("k-means on ").append(r.model().featureColumns().size()).append(" columns, seed ").append(r.model().seed());
            if (!r.kScan().isEmpty()) s.append(", k chosen automatically");
        }
        if (!Double.isNaN(r.silhouette())) s.append(String.format(Locale.ROOT, " · silhouette %.2f", r.silhouette()));
        return s.append(" · ").append(com.mstudio.ui.common.Formats.count(r.assignments().length)).append(" rows").toString();
    }
}
