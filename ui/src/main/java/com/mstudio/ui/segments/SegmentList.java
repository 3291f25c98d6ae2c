package com.mstudio.ui.segments;

import com.mstudio.engine.api.SegmentProfile;
import com.mstudio.engine.api.SegmentationResult;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/** The segments as cards, largest share first as the engine orders them by id; rebuilt for each result. */
final class SegmentList extends ScrollPane {
    private final VBox cards = new VBox(8);
    private final SegmentsViewModel vm;

    SegmentList(SegmentsViewModel vm) {
        this.vm = vm;
        setId("segment-list");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        getStyleClass().add("segment-list");
        cards.setPadding(new javafx.geometry.Insets(2, 8, 2, 2));
        setContent(cards);
        setMinWidth(240);
        show(vm.resultProperty().get());
        vm.selection().selectedProperty().addListener((o, was, now) -> markSelected());
        vm.resultProperty().addListener((o, was, now) -> {
            // A rename replaces the result with the same segments: only the names change, so that the focus stays
            // in the field the user moved to.
            if (SegmentSelection.onlyNamesDiffer(was, now)) {
                cards().forEach(c -> c.showName(now.profiles().get(c.segmentId()).name()));
            } else {
                show(now);
            }
        });
    }

    private java.util.stream.Stream<SegmentCard> cards() {
        return cards.getChildren().stream().filter(SegmentCard.class::isInstance).map(SegmentCard.class::cast);
    }

    private void markSelected() {
        int id = vm.selection().selectedProperty().get();
        cards().forEach(c -> c.markSelected(c.segmentId() == id));
    }

    private void show(SegmentationResult r) {
        cards.getChildren().clear();
        if (r == null) return;
        Label head = new Label(r.k() + " segments");
        head.getStyleClass().add("setup-section");
        cards.getChildren().add(head);
        for (SegmentProfile p : r.profiles()) cards.getChildren().add(new SegmentCard(p, vm));
        markSelected();
    }
}
