package com.mstudio.ui.segments;

import com.mstudio.engine.api.SegmentProfile;
import com.mstudio.ui.common.Formats;
import com.mstudio.ui.segments.charts.SegmentColors;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One segment in the list: its colour (the same in every chart), an editable name, size and share, the generated
 * description and the features that set it apart. Clicking the card filters the customer table to its members.
 */
final class SegmentCard extends VBox {
    private final int id;
    private final TextField name;

    SegmentCard(SegmentProfile p, SegmentsViewModel vm) {
        this.id = p.id();
        setId("segment-card-" + p.id());
        getStyleClass().add("segment-card");
        setSpacing(4);
        Region swatch = new Region();
        swatch.getStyleClass().add("swatch");
        swatch.setStyle("-fx-background-color: " + SegmentColors.hex(p.id()) + ";");
        swatch.setMinSize(14, 14);
        swatch.setMaxSize(14, 14);
        name = new TextField(p.name());
        name.setId("segment-name-" + p.id());
        name.getStyleClass().add("segment-name");
        Tooltip tip = new Tooltip();
        // The field is narrower than most generated names: the tooltip shows the whole name.
        tip.textProperty().bind(name.textProperty().concat("\nType a new name and press Enter; it is kept in the workspace."));
        name.setTooltip(tip);
        HBox.setHgrow(name, Priority.ALWAYS);
        // Commit on Enter or when the field loses focus; Escape puts the current name back.
        name.setOnAction(e -> vm.rename(p.id(), name.getText()));
        name.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) vm.rename(p.id(), name.getText());
        });
        name.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) name.setText(vm.resultProperty().get().profiles().get(id).name());
        });
        Label size = new Label(Formats.count(p.size()) + " customers · " + Formats.percent(p.share()));
        size.getStyleClass().add("segment-size");
        // The generated names are long ("Fiber optic internet service, Month-to-month contract"): the name gets the
        // whole row, the size goes below it.
        HBox head = new HBox(6, swatch, name);
        head.setAlignment(Pos.CENTER_LEFT);
        Label description = new Label(p.description());
        description.getStyleClass().add("segment-description");
        description.setWrapText(true);
        Label top = new Label(String.join(" · ", p.topFeatures()));
        top.getStyleClass().add("muted");
        top.setWrapText(true);
        top.setVisible(!p.topFeatures().isEmpty() && !p.topFeatures().equals(java.util.List.of(p.description())));
        top.managedProperty().bind(top.visibleProperty());
        getChildren().addAll(head, size, description, top);
        setOnMouseClicked(e -> {
            if (e.getTarget() == name) return;
            int selected = vm.selection().selectedProperty().get();
            vm.selection().select(selected == p.id() ? -1 : p.id());
        });
    }

    void markSelected(boolean selected) {
        getStyleClass().remove("selected");
        if (selected) getStyleClass().add("selected");
    }

    int segmentId() {
        return id;
    }

    /** The name after a rename; left alone while the user is typing in this field. */
    void showName(String n) {
        if (!name.isFocused() || name.getText().strip().equals(n)) name.setText(n);
    }
}
