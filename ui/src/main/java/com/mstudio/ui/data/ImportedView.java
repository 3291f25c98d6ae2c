package com.mstudio.ui.data;

import atlantafx.base.theme.Styles;
import com.mstudio.engine.api.ImportResult;
import com.mstudio.ui.common.Formats;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A loaded dataset: a header line and the Rows, Profile and Report tabs. */
final class ImportedView extends VBox {
    ImportedView(DataViewModel vm, ProfileViewModel profile, ReportViewModel report) {
        setId("imported-view");
        getStyleClass().add("screen");
        Label title = new Label();
        title.setId("dataset-title");
        title.getStyleClass().add("screen-title");
        Label facts = new Label();
        facts.setId("dataset-facts");
        facts.getStyleClass().add("muted");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button another = new Button("Open another file…");
        another.setId("open-another");
        another.getStyleClass().add(Styles.BUTTON_OUTLINED);
        another.setOnAction(e -> vm.chooseAnother());
        another.setMinWidth(Region.USE_PREF_SIZE);
        title.setMinWidth(0);
        HBox header = new HBox(12, title, facts, grow, another);
        header.setAlignment(Pos.BASELINE_LEFT);

        RowsView rows = new RowsView();
        TabPane tabs = new TabPane(
                tab("Rows", "tab-rows", rows),
                tab("Profile", "tab-profile", new ProfileView(profile)),
                tab("Report", "tab-report", new ReportView(report)));
        tabs.setId("dataset-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        Label datasetNotice = new Label();
        datasetNotice.setId("dataset-notice");
        datasetNotice.getStyleClass().add("notice");
        datasetNotice.setWrapText(true);
        datasetNotice.setMaxWidth(Double.MAX_VALUE);
        datasetNotice.setMinHeight(Region.USE_PREF_SIZE);
        datasetNotice.textProperty().bind(vm.datasetNoticeProperty());
        datasetNotice.visibleProperty().bind(vm.datasetNoticeProperty().isNotEmpty());
        datasetNotice.managedProperty().bind(datasetNotice.visibleProperty());
        getChildren().addAll(header, datasetNotice, tabs);

        title.textProperty().bind(vm.datasetNameProperty());
        vm.resultProperty().addListener((o, was, now) -> {
            show(now, facts);
            rows.show(now == null ? null : now.table());
            profile.load(now == null ? null : now.table());
            report.show(now == null ? null : now.report());
        });
    }

    private static void show(ImportResult r, Label facts) {
        if (r == null) return;
        facts.setText(Formats.count(r.table().rowCount()) + " rows · " + r.table().columnCount() + " columns");
    }

    private static Tab tab(String text, String id, javafx.scene.Node content) {
        Tab t = new Tab(text, content);
        t.setId(id);
        return t;
    }
}
