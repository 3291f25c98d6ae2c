package com.mstudio.ui.data;

import com.mstudio.engine.api.Rejection;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;

/** The import report: count tiles that add up, the notices, and the rejections with a filter. */
final class ReportView extends VBox {
    ReportView(ReportViewModel vm) {
        setId("report-view");
        setSpacing(10);
        setPadding(new Insets(12, 0, 0, 0));
        Label summary = new Label();
        summary.setId("report-summary");
        summary.textProperty().bind(vm.summaryProperty());
        summary.getStyleClass().add("muted");

        VBox notices = new VBox(2);
        notices.setId("report-notices");
        vm.notices().addListener((ListChangeListener<String>) c -> notices.getChildren().setAll(
                vm.notices().stream().map(n -> { Label l = new Label("•  " + n); l.setWrapText(true); return l; }).toList()));

        TextField filter = new TextField();
        filter.setId("rejection-filter");
        filter.setPromptText("Filter by line, column, value or reason");
        filter.setPrefColumnCount(30);
        filter.textProperty().bindBidirectional(vm.filterProperty());
        Label shown = new Label();
        shown.getStyleClass().add("muted");
        shown.textProperty().bind(Bindings.createStringBinding(
                () -> vm.rejections().size() + " of " + vm.totalRejections() + " problems shown", vm.rejections()));
        Label problems = new Label("Problems");
        problems.getStyleClass().add("title-4");
        HBox bar = new HBox(12, problems, filter, shown);
        bar.setAlignment(Pos.CENTER_LEFT);

        TableView<Rejection> table = new TableView<>(vm.rejections());
        table.setId("rejections-table");
        table.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        table.setPlaceholder(new Label("No rows were rejected and no cells were set to missing."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Rejection, Long> line = new TableColumn<>("Line");
        line.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().line()));
        line.setPrefWidth(80);
        line.setStyle("-fx-alignment: center-right;");
        TableColumn<Rejection, String> column = new TableColumn<>("Column");
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().column() == null ? "(whole row)" : c.getValue().column()));
        column.setPrefWidth(160);
        TableColumn<Rejection, String> value = new TableColumn<>("Value");
        value.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value() == null ? "" : c.getValue().value()));
        value.setPrefWidth(180);
        TableColumn<Rejection, String> reason = new TableColumn<>("Reason");
        reason.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().reason()));
        reason.setPrefWidth(420);
        table.getColumns().setAll(List.of(line, column, value, reason));
        VBox.setVgrow(table, Priority.ALWAYS);

        HBox tiles = new HBox(12);
        tiles.setId("report-tiles");
        vm.summaryProperty().addListener((o, was, now) -> tiles.getChildren().setAll(vm.currentTiles().stream().map(ReportView::tile).toList()));
        getChildren().addAll(tiles, summary, notices, bar, table);
    }

    private static VBox tile(String[] labelValue) {
        Label value = new Label(labelValue[1]);
        value.getStyleClass().add("tile-value");
        Label label = new Label(labelValue[0]);
        label.getStyleClass().add("tile-label");
        VBox t = new VBox(value, label);
        t.getStyleClass().add("tile");
        t.setId("tile-" + labelValue[0].toLowerCase().replace(' ', '-'));
        return t;
    }
}
