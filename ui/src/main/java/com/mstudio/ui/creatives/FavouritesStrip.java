package com.mstudio.ui.creatives;

import atlantafx.base.theme.Styles;
import com.mstudio.engine.api.CreativeFavourite;
import com.mstudio.engine.api.GeneratedImage;
import com.mstudio.ui.common.NoticeLabel;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.function.BiConsumer;

import static com.mstudio.ui.common.Labels.muted;

/**
 * The favourites kept in the workspace, in a row: each with × to remove it and a click to use it in the ad composer.
 */
final class FavouritesStrip extends VBox {
    private final FavouritesViewModel vm;
    private final TileImages images;
    private final BiConsumer<CreativeFavourite, GeneratedImage> use;
    private final HBox row = new HBox(6);

    FavouritesStrip(FavouritesViewModel vm, TileImages images, BiConsumer<CreativeFavourite, GeneratedImage> use) {
        this.vm = vm;
        this.images = images;
        this.use = use;
        setId("creatives-favourites");
        setSpacing(4);
        Label title = new Label("Favourites");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label empty = muted("Star a tile (☆) to keep it here, in the workspace.");
        empty.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.favourites()));
        empty.managedProperty().bind(empty.visibleProperty());
        row.setAlignment(Pos.CENTER_LEFT);
        ScrollPane scroll = new ScrollPane(row);
        scroll.setFitToHeight(true);
        scroll.setPrefViewportHeight(78);
        scroll.setMinHeight(USE_PREF_SIZE);
        scroll.visibleProperty().bind(empty.visibleProperty().not());
        scroll.managedProperty().bind(scroll.visibleProperty());
        NoticeLabel error = new NoticeLabel("favourites-error", vm.errorProperty());
        getChildren().addAll(title, empty, scroll, error);
        vm.favourites().addListener((ListChangeListener<CreativeFavourite>) c -> draw());
        draw();
    }

    private void draw() {
        row.getChildren().clear();
        for (int i = 0; i < vm.favourites().size(); i++) {
            CreativeFavourite f = vm.favourites().get(i);
            GeneratedImage g = f.image();
            ImageView view = new ImageView(images.image(g.pixels(), g.shape(), 64));
            Button remove = new Button("×");
            remove.setId("favourite-remove-" + i);
            remove.getStyleClass().addAll(Styles.FLAT, Styles.SMALL, Styles.DANGER);
            remove.setOnAction(e -> vm.remove(f));
            StackPane tile = new StackPane(view, remove);
            tile.setId("favourite-" + i);
            StackPane.setAlignment(remove, Pos.TOP_RIGHT);
            Tooltip.install(tile, new Tooltip((g.seed() < 0 ? "Made by hand" : "Seed " + g.seed()) + " · " + f.modelName()
                    + "\nClick to put it on an ad"));
            tile.setOnMouseClicked(e -> use.accept(f, g));
            row.getChildren().add(tile);
        }
    }
}
