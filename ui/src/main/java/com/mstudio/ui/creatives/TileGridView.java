package com.mstudio.ui.creatives;

import com.mstudio.engine.api.CreativeModel;
import com.mstudio.engine.api.GeneratedImage;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.layout.TilePane;

import java.util.function.Supplier;

/**
 * A grid (or strip) of generated images, each with its caption and a star; a click picks or unpicks a tile (picked
 * tiles are outlined). Redrawn when the images, the picks or the favourites change.
 */
final class TileGridView extends TilePane {
    private final ObservableList<GeneratedImage> images;
    private final GenerationViewModel generation;
    private final FavouritesViewModel favourites;
    private final TileImages pictures;
    private final Supplier<Integer> tileSize;
    /** What an image without a seed of its own is called here ("Frame", "Variation"), numbered by its place. */
    private final Supplier<String> unnamed;

    TileGridView(String id, ObservableList<GeneratedImage> images, GenerationViewModel generation,
                 FavouritesViewModel favourites, TileImages pictures, Supplier<Integer> tileSize, Supplier<String> unnamed) {
        super(6, 6);
        this.images = images;
        this.generation = generation;
        this.favourites = favourites;
        this.pictures = pictures;
        this.tileSize = tileSize;
        this.unnamed = unnamed;
        setId(id);
        setAlignment(Pos.TOP_LEFT);
        images.addListener((ListChangeListener<GeneratedImage>) c -> draw());
        generation.picked().addListener((ListChangeListener<GeneratedImage>) c -> draw());
        favourites.favourites().addListener((ListChangeListener<Object>) c -> draw());
        draw();
    }

    void draw() {
        getChildren().clear();
        int size = tileSize.get();
        CreativeModel model = generation.modelProperty().get();
        for (int i = 0; i < images.size(); i++) {
            GeneratedImage g = images.get(i);
            // Frames between two picks have no seed of their own: they are named by their place in the strip.
            String caption = g.seed() < 0 ? unnamed.get() + " " + (i + 1) : CreativeTexts.tileCaption(g, model);
            TileView t = new TileView(pictures.image(g.pixels(), g.shape(), size), size, caption,
                    generation.picked().contains(g));
            t.setId(getId() + "-" + i);
            t.star(favourites.isFavourite(g), () -> favourites.add(model == null ? "" : model.name(), g));
            t.getStarButton().setId(getId() + "-star-" + i);
            t.setOnMouseClicked(e -> generation.toggle(g));
            getChildren().add(t);
        }
    }
}
