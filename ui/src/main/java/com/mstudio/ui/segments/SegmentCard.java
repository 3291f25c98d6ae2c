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
    private final Label title;
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
        // The generated names are long ("Fiber optic internet service, Month-to-month contract"): shown whole as a
        // wrapping title; double-clicking it (or "Rename") swaps in a text field for editing.
        title = new Label(p.name());
        title.setId("segment-title-" + p.id());
        title.getStyleClass().add("segment-title");
        title.setWrapText(true);
        title.setMaxWidth(Double.MAX_VALUE);
        title.setTooltip(new Tooltip("Double-click to rename; the name is kept in the workspace."));
        name = new TextField(p.name());
        name.setId("segment-name-" + p.id());
        name.getStyleClass().add("segment-name");
        name.setPromptText("Segment name");
        showEditor(false);
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox.setHgrow(name, Priority.ALWAYS);
        title.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                startEditing();
                e.consume();
            }
        });
        // Commit on Enter or when the field loses focus; Escape puts the current name back.
        name.setOnAction(e -> commit(vm));
        name.focusedProperty().addListener((o, was, focused) -> {
            if (!focused && name.isVisible()) commit(vm);
        });
        name.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                name.setText(vm.resultProperty().get().profiles().get(id).name());
                showEditor(false);
            }
        });
        Label size = new Label(Formats.count(p.size()) + " customers · " + Formats.percent(p.share()));
        size.getStyleClass().add("segment-size");
        swatch.setTranslateY(3); // level with the title's first line
        HBox head = new HBox(6, swatch, title, name);
        head.setAlignment(Pos.TOP_LEFT);
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
            if (name.isVisible()) return;
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

    /** The name after a rename; the field is left alone while the user is typing in it. */
    void showName(String n) {
        title.setText(n);
        if (!name.isFocused() || name.getText().strip().equals(n)) name.setText(n);
    }

    /** Swaps the title for the text field, with the name selected, ready to type over. */
    void startEditing() {
        name.setText(title.getText());
        showEditor(true);
        name.requestFocus();
        name.selectAll();
    }

    private void commit(SegmentsViewModel vm) {
        showEditor(false);
        vm.rename(id, name.getText());
    }

    private void showEditor(boolean editing) {
        name.setVisible(editing);
        name.setManaged(editing);
        title.setVisible(!editing);
        title.setManaged(!editing);
    }
}
