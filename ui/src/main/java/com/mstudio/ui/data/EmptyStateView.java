package com.mstudio.ui.data;

import atlantafx.base.theme.Styles;
import com.mstudio.ui.SampleCatalog;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The friendly start: open a file, drop one anywhere, or open a sample with one click. */
final class EmptyStateView extends StackPane {
    EmptyStateView(DataViewModel vm, Runnable chooseFile) {
        setId("empty-state");
        getStyleClass().add("screen");
        VBox card = new VBox();
        card.getStyleClass().addAll("card", "empty-card");
        card.setAlignment(Pos.CENTER_LEFT);
        card.setMaxHeight(USE_PREF_SIZE);

        Label title = new Label("Bring in your customer data");
        title.getStyleClass().add(Styles.TITLE_2);
        Label lead = new Label("Open a CSV export from your CRM, shop or spreadsheet. You will see how it was read "
                + "and can fix the details before anything is imported.");
        lead.setWrapText(true);
        lead.getStyleClass().add("muted");

        Button open = new Button("Open CSV…");
        open.setId("open-csv");
        open.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        open.setDefaultButton(true);
        open.setOnAction(e -> chooseFile.run());
        Label drop = new Label("or drop a .csv, .tsv or .txt file anywhere on this window");
        drop.getStyleClass().add("drop-hint");
        HBox openRow = new HBox(14, open, drop);
        openRow.setAlignment(Pos.CENTER_LEFT);

        card.getChildren().addAll(title, lead, openRow);

        if (!vm.samples().isEmpty()) {
            Label samplesTitle = new Label("No file at hand? Try a sample");
            samplesTitle.getStyleClass().add(Styles.TITLE_4);
            samplesTitle.setPadding(new javafx.geometry.Insets(12, 0, 0, 0));
            card.getChildren().add(samplesTitle);
            int i = 0;
            for (SampleCatalog.Sample s : vm.samples()) {
                Button b = new Button("Open sample: " + s.title());
                b.setId("sample-" + i++);
                b.getStyleClass().add(Styles.BUTTON_OUTLINED);
                b.setMinWidth(USE_PREF_SIZE);
                b.setOnAction(e -> vm.openSample(s));
                Label d = new Label(s.description());
                d.getStyleClass().add("muted");
                d.setWrapText(true);
                HBox row = new HBox(12, b, d);
                row.setAlignment(Pos.CENTER_LEFT);
                card.getChildren().add(row);
            }
        }

        Hyperlink back = new Hyperlink("Back to the current dataset");
        back.setId("back-to-data");
        back.setOnAction(e -> vm.back());
        back.visibleProperty().bind(vm.resultProperty().isNotNull());
        back.managedProperty().bind(back.visibleProperty());
        card.getChildren().add(back);

        getChildren().add(card);
    }
}
