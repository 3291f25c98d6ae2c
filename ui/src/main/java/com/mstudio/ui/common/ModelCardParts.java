package com.mstudio.ui.common;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The parts every trained-model card shares (propensity and copy screens): the head with the model's name and the
 * winner badge, and the card's frame styles. What a card says in between is the feature's own.
 */
public final class ModelCardParts {
    private ModelCardParts() {}

    /** The model's name, bold, and at the right the badge ("Wins on ROC AUC"), shown only when it wins. */
    public static HBox head(String title, String badgeText, boolean wins) {
        Label name = new Label(title);
        name.getStyleClass().add(Styles.TEXT_BOLD);
        name.setMinWidth(0);
        name.setWrapText(true); // "TF-IDF + dense network" next to its badge in a narrow card: two lines, not "ne..."
        Label badge = new Label(badgeText);
        badge.getStyleClass().add("winner-badge");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        badge.setVisible(wins);
        badge.setManaged(wins);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head = new HBox(8, name, grow, badge);
        head.setAlignment(Pos.CENTER_LEFT);
        return head;
    }

    /** Gives the card its id and the card styles: "winner" when it wins, "shown" when the charts below are its own. */
    public static VBox frame(VBox card, String id, boolean wins, boolean shown) {
        card.setId(id);
        card.getStyleClass().addAll("card", "model-card");
        if (wins) card.getStyleClass().add("winner");
        if (shown) card.getStyleClass().add("shown");
        card.setMinWidth(0);
        return card;
    }
}
