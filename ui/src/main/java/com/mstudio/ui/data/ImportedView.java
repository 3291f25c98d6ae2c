package com.mstudio.ui.data;

import atlantafx.base.theme.Styles;
import com.mstudio.engine.api.LoadedDataset;
import com.mstudio.ui.common.ExportLine;
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

import java.nio.file.Path;
import java.util.function.Function;

/**
 * A loaded dataset: a header line (name, size, Export CSV…, Open another file…), the personal-data strip, the export
 * line, and the Rows, Profile and Report tabs. The selected tab follows the view model, which the workspace remembers.
 */
final class ImportedView extends VBox {
    ImportedView(DataViewModel vm, ProfileViewModel profile, ReportViewModel report, PersonalDataViewModel personal,
                 ExportViewModel export, Function<String, Path> chooseExportFile) {
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
        Button exportButton = new Button("Export CSV…");
        exportButton.setId("export-csv");
        exportButton.getStyleClass().add(Styles.BUTTON_OUTLINED);
        exportButton.setMinWidth(Region.USE_PREF_SIZE);
        exportButton.disableProperty().bind(export.runningProperty());
        exportButton.setOnAction(e -> {
            Path file = chooseExportFile.apply(export.suggestedFileName());
            if (file != null) export.export(file);
        });
        Button another = new Button("Open another file…");
        another.setId("open-another");
        another.getStyleClass().add(Styles.BUTTON_OUTLINED);
        another.setOnAction(e -> vm.chooseAnother());
        another.setMinWidth(Region.USE_PREF_SIZE);
        title.setMinWidth(0);
        HBox header = new HBox(12, title, facts, grow, exportButton, another);
        header.setAlignment(Pos.BASELINE_LEFT);

        RowsView rows = new RowsView();
        TabPane tabs = new TabPane(
                tab("Rows", "tab-rows", rows),
                tab("Profile", "tab-profile", new ProfileView(profile)),
                tab("Report", "tab-report", new ReportView(report)));
        tabs.setId("dataset-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(header, new PersonalDataBanner(personal), new ExportLine("export", export), tabs);

        selectTab(tabs, vm.dataTabProperty().get());
        vm.dataTabProperty().addListener((o, was, now) -> selectTab(tabs, now));
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) ->
                vm.dataTabProperty().set(now.getId().substring("tab-".length())));

        vm.datasetProperty().addListener((o, was, now) -> {
            show(now, title, facts);
            boolean sameDataset = was != null && now != null && was.entry().id().equals(now.entry().id());
            // Showing a column in clear must not throw the user back to row 1.
            int top = sameDataset ? rows.topRow() : 0;
            rows.show(now == null ? null : now.view(), now == null ? java.util.List.of() : now.entry().maskedColumns(),
                    now == null ? java.util.Set.of() : now.unmaskedColumns());
            if (top > 0) rows.goToRow(top);
            // A new view of the same dataset (a column shown in clear) changes values, so the profile is redone;
            // the report is about the import and only changes with the dataset.
            if (now == null) profile.load(null);
            else profile.load(now.view(), now.entry().maskedColumns(), now.unmaskedColumns());
            if (!sameDataset) {
                if (now != null && now.importRecord() == null) report.notAvailable();
                else report.show(now == null ? null : now.importRecord().report());
            }
        });
    }

    private static void selectTab(TabPane tabs, String name) {
        for (Tab t : tabs.getTabs()) {
            if (t.getId().equals("tab-" + name) && tabs.getSelectionModel().getSelectedItem() != t) {
                tabs.getSelectionModel().select(t);
            }
        }
    }

    private static void show(LoadedDataset d, Label title, Label facts) {
        if (d == null) return;
        title.setText(d.entry().name());
        facts.setText(Formats.count(d.view().rowCount()) + " rows · " + d.view().columnCount() + " columns");
    }

    private static Tab tab(String text, String id, javafx.scene.Node content) {
        Tab t = new Tab(text, content);
        t.setId(id);
        return t;
    }
}
