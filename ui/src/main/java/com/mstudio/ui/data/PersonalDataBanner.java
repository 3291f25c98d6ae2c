package com.mstudio.ui.data;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The strip above the tabs that says which columns hold masked personal data, with one toggle per column to show it
 * in clear and hide it again. Absent (not just empty) when nothing is masked, so it takes no room.
 */
final class PersonalDataBanner extends HBox {
    private final PersonalDataViewModel vm;
    private final FlowPane toggles = new FlowPane(6, 6);

    PersonalDataBanner(PersonalDataViewModel vm) {
        this.vm = vm;
        setId("pii-banner");
        getStyleClass().add("pii-banner");
        setSpacing(12);
        setAlignment(Pos.CENTER_LEFT);
        Label lock = new Label("MASKED");
        lock.getStyleClass().add("pii-badge");
        lock.setMinWidth(USE_PREF_SIZE);
        Label text = new Label();
        text.setId("pii-text");
        text.setWrapText(true);
        // Without this a VBox gives the label one line and it ends in "…" at narrow widths instead of wrapping.
        text.setMinHeight(USE_PREF_SIZE);
        text.setMaxWidth(Double.MAX_VALUE);
        text.textProperty().bind(vm.textProperty());
        toggles.setId("pii-toggles");
        toggles.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label("Show in clear:");
        hint.getStyleClass().add("muted");
        HBox row = new HBox(8, hint, toggles);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(toggles, Priority.ALWAYS);
        VBox body = new VBox(6, text, row);
        HBox.setHgrow(body, Priority.ALWAYS);
        body.setMinWidth(0);
        getChildren().addAll(lock, body);

        visibleProperty().bind(vm.textProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
        vm.maskedColumns().addListener((ListChangeListener<String>) c -> rebuild());
        vm.textProperty().addListener((o, was, now) -> sync());
        rebuild();
    }

    private void rebuild() {
        toggles.getChildren().setAll(vm.maskedColumns().stream().map(this::toggle).toList());
    }

    private ToggleButton toggle(String column) {
        ToggleButton t = new ToggleButton(column);
        t.setId("pii-toggle-" + column);
        t.setUserData(column);
        t.setMnemonicParsing(false); // "email_2" must not lose its underscore to a mnemonic
        t.getStyleClass().addAll(Styles.SMALL);
        t.setSelected(vm.isInClear(column));
        t.setTooltip(new Tooltip("Show " + column + " with its real values (remembered in this workspace)"));
        t.selectedProperty().addListener((o, was, now) -> vm.setInClear(column, now));
        return t;
    }

    /** After the dataset changed under the toggles (another import, a reopen), they show its choices again. */
    private void sync() {
        toggles.getChildren().forEach(n -> {
            ToggleButton t = (ToggleButton) n;
            boolean clear = vm.isInClear((String) t.getUserData());
            if (t.isSelected() != clear) t.setSelected(clear);
        });
    }
}
