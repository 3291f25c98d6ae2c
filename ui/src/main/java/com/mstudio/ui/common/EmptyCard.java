package com.mstudio.ui.common;

import javafx.scene.Node;
import javafx.scene.layout.VBox;

/** A card that stands where a result will be (no result yet, no data open): as tall as its text, no taller. */
public final class EmptyCard extends VBox {
    public EmptyCard(String id, double spacing, Node... children) {
        super(spacing, children);
        setId(id);
        getStyleClass().addAll("card", "empty-card");
        setMaxHeight(USE_PREF_SIZE);
    }
}
