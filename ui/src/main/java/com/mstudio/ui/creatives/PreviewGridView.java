package com.mstudio.ui.creatives;

import com.mstudio.engine.api.GeneratedImage;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.GridPane;

/**
 * The live preview grid while training: the same fixed latents decoded again as each preview arrives, so the user
 * watches the same tiles sharpen. Redrawn when the list changes (the coalescer delivers at most the newest grid).
 */
final class PreviewGridView extends StackPane {
    private final GridPane grid = new GridPane();
    private final TileImages images;
    private final double side;
    private static final int GAP = 2, PADDING = 4;

    PreviewGridView(ObservableList<GeneratedImage> tiles, TileImages images, double side, String empty) {
        this.images = images;
        this.side = side;
        setId("creatives-preview");
        getStyleClass().add("preview-grid");
        setMinSize(side, side);
        setPrefSize(side, side);
        setMaxSize(side, side);
        grid.setAlignment(Pos.CENTER);
        grid.setHgap(GAP);
        grid.setVgap(GAP);
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
        // Whole pixels per tile that fit the square (less its padding): the grid never spills out of its box.
        int px = (int) Math.floor((side - 2 * PADDING - GAP * (columns - 1)) / columns);
        for (int i = 0; i < tiles.size(); i++) {
            GeneratedImage g = tiles.get(i);
            grid.add(new ImageView(images.image(g.pixels(), g.shape(), px)), i % columns, i / columns);
        }
    }

    int tileCount() { return grid.getChildren().size(); }
}
