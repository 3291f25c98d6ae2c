package com.mstudio.ui.common;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;

/** The two label looks the screens' cards are written in: a card title and wrapped muted text. */
public final class Labels {
    private Labels() {}

    public static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TITLE_3);
        return l;
    }

    public static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        l.setWrapText(true);
        return l;
    }
}
