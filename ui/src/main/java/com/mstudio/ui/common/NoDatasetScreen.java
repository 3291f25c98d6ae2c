package com.mstudio.ui.common;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;

import static com.mstudio.ui.common.Labels.muted;
import static com.mstudio.ui.common.Labels.title;

/**
 * What a screen that works on the open dataset shows while none is open: a card that says why and leads to the Data
 * screen. The card is {@code <prefix>-no-dataset}, its button {@code <prefix>-go-to-data}.
 */
public final class NoDatasetScreen extends StackPane {
    public NoDatasetScreen(String prefix, String why, Runnable goToData) {
        Button go = new Button("Go to the Data screen");
        go.setId(prefix + "-go-to-data");
        go.getStyleClass().add(Styles.ACCENT);
        go.setOnAction(e -> goToData.run());
        getChildren().add(new EmptyCard(prefix + "-no-dataset", 12, title("No customer data open"), muted(why), go));
        getStyleClass().add("screen");
    }
}
