package com.mstudio.ui.creatives;

import com.mstudio.engine.api.GeneratedImage;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;

/**
 * The live preview grid while training: the same fixed latents decoded again as each preview arrives, so the user
 * watches the same tiles sharpen. Redrawn when the list changes (the coalescer delivers at most the newest grid).
 */
final class PreviewGridView extends StackPane {
    private final TilePane grid = new TilePane(2, 2);
    private final TileImages images;
    private final double side;

    PreviewGridView(ObservableList<GeneratedImage> tiles, TileImages images, double side, String empty) {
        this.images = images;
        this.side = side;
        setId("creatives-preview");
        getStyleClass().add("preview-grid");
        setMinSize(side, side);
        setPrefSize(side, side);
        setMaxSize(side, side);
        grid.setAlignment(Pos.CENTER);
        Label none = new Label(empty);
        none.setWrapText(true);
        none.getStyleClass().add("muted");
        none.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(tiles));
        getChildren().addAll(grid, none);
        tiles.addListener((ListChangeListener<GeneratedImage>) c -> draw(tiles));
        draw(tiles);
    }

    private void draw(ObservableList<GeneratedImage> tiles) {
        grid.getChildren().clear();
        if (tiles.isEmpty()) return;
        int columns = (int) Math.ceil(Math.sqrt(tiles.size()));
        int px = (int) Math.floor((side - 2 * (columns - 1)) / columns);
        grid.setPrefColumns(columns);
        grid.setPrefTileWidth(px);
        grid.setPrefTileHeight(px);
        for (GeneratedImage g : tiles) {
            grid.getChildren().add(new ImageView(images.image(g.pixels(), g.shape(), px)));
        }
    }

    int tileCount() { return grid.getChildren().size(); }
}
