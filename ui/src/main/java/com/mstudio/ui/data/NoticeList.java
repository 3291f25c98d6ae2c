package com.mstudio.ui.data;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.util.List;

/** The importer's remarks as short lines; shows the first few and how many more, so a noisy file can't push the tables away. */
final class NoticeList extends VBox {
    private static final int SHOWN = 3;

    NoticeList() {
        setSpacing(2);
        setId("notices");
        setManaged(false);
        setVisible(false);
    }

    void show(List<String> notices) {
        getChildren().clear();
        for (int i = 0; i < Math.min(SHOWN, notices.size()); i++) {
            Label l = new Label("•  " + notices.get(i));
            l.getStyleClass().add("muted");
            l.setWrapText(true);
            getChildren().add(l);
        }
        if (notices.size() > SHOWN) {
            Label more = new Label("… and " + (notices.size() - SHOWN) + " more, listed in the report after import");
            more.getStyleClass().add("muted");
            getChildren().add(more);
        }
        setVisible(!notices.isEmpty());
        setManaged(!notices.isEmpty());
    }
}
