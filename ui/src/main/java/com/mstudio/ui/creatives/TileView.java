package com.mstudio.ui.creatives;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * One generated image: the picture, its caption ("Seed 1042") below, the caption again on hover, an optional star,
 * and an outline when picked.
 */
final class TileView extends VBox {
    private final Button star = new Button("☆");

    TileView(Image image, double size, String caption, boolean picked) {
        getStyleClass().add("creative-tile");
        if (picked) getStyleClass().add("picked");
        setAlignment(Pos.TOP_CENTER);
        setSpacing(2);
        ImageView view = new ImageView(image);
        view.setFitWidth(size);
        view.setFitHeight(size);
        view.setSmooth(true);
        star.getStyleClass().addAll(Styles.FLAT, Styles.SMALL, "tile-star");
        star.setVisible(false);
        star.setManaged(false);
        StackPane picture = new StackPane(view, star);
        StackPane.setAlignment(star, Pos.TOP_RIGHT);
        Label text = new Label(caption);
        text.getStyleClass().addAll("tile-caption", Styles.TEXT_SMALL);
        text.setMaxWidth(size);
        getChildren().addAll(picture, text);
        Tooltip.install(this, new Tooltip(caption));
    }

    /** Shows a star (filled when already a favourite) that runs {@code onStar}. */
    void star(boolean favourite, Runnable onStar) {
        star.setText(favourite ? "★" : "☆");
        star.setVisible(true);
        star.setManaged(true);
        star.setOnAction(e -> {
            onStar.run();
            star.setText("★");
            e.consume();
        });
    }

    Button getStarButton() { return star; }
}
