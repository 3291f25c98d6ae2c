package com.mstudio.ui.data;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/** A card per column in a wrapping grid; "Profiling…" while the stats job runs. */
final class ProfileView extends StackPane {
    private static final double MIN_CARD = 280;

    ProfileView(ProfileViewModel vm) {
        setId("profile-view");
        FlowPane cards = new FlowPane(12, 12);
        cards.setPadding(new Insets(12));
        cards.setId("profile-cards");
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        vm.columns().addListener((ListChangeListener<ColumnStats>) c -> {
            cards.getChildren().setAll(vm.columns().stream().map(s -> new ProfileCard(s, vm.privacy(s.name()))).toList());
            fit(cards);
        });
        // Cards share the row's width evenly, so there is no ragged empty strip on the right at any window size.
        cards.widthProperty().addListener((o, was, now) -> fit(cards));

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(24, 24);
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add("muted");
        HBox busy = new HBox(10, spinner, status);
        busy.setAlignment(javafx.geometry.Pos.CENTER);
        spinner.visibleProperty().bind(vm.busyProperty());
        spinner.managedProperty().bind(vm.busyProperty());
        busy.visibleProperty().bind(vm.busyProperty().or(status.textProperty().isNotEmpty()));
        busy.setMouseTransparent(true);
        getChildren().addAll(scroll, busy);
    }

    private static void fit(FlowPane cards) {
        double inner = cards.getWidth() - cards.getPadding().getLeft() - cards.getPadding().getRight() - 1;
        if (inner <= 0) return;
        int perRow = Math.max(1, (int) ((inner + cards.getHgap()) / (MIN_CARD + cards.getHgap())));
        double w = Math.floor((inner - cards.getHgap() * (perRow - 1)) / perRow);
        for (var n : cards.getChildren()) {
            ((ProfileCard) n).setPrefWidth(w);
            ((ProfileCard) n).setMaxWidth(w);
        }
    }
}
