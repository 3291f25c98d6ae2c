package com.mstudio.ui.creatives;

import atlantafx.base.theme.Styles;
import com.mstudio.engine.api.GeneratedImage;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

import static com.mstudio.ui.common.Labels.muted;
import static com.mstudio.ui.common.Labels.title;

/**
 * What can be done with the picked tiles: Variations (with a spread slider), Interpolate (two picked), Export the
 * tile as PNG at a chosen size, Use in an ad, and for a VAE latent sliders (the latent map's axes first, once it is open).
 */
final class PickPanel extends VBox {
    private final GenerationViewModel vm;
    private final TileImages images;
    private final VBox sliders = new VBox(4);
    private final ImageView handMade = new ImageView();

    PickPanel(GenerationViewModel vm, CreativeExportViewModel export, TileImages images,
              Function<String, Path> fileChooser, Runnable useInAd) {
        this.vm = vm;
        this.images = images;
        setId("creatives-pick");
        setSpacing(8);
        setPrefWidth(270);
        setMinWidth(240);
        getStyleClass().add("card");
        Label picked = new Label();
        picked.setId("pick-summary");
        picked.setWrapText(true);
        picked.setMinHeight(USE_PREF_SIZE);
        picked.textProperty().bind(Bindings.createStringBinding(this::pickedText, vm.picked()));

        Slider spread = new Slider(0.1, 1.0, 0.35);
        spread.setId("variations-spread");
        spread.setShowTickMarks(true);
        spread.setMajorTickUnit(0.3);
        Label spreadText = muted("");
        spreadText.textProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT,
                "Spread %.2f (%s)", spread.getValue(), spread.getValue() < 0.3 ? "subtle" : spread.getValue() < 0.7 ? "clear" : "very different"),
                spread.valueProperty()));
        Button variations = new Button("Variations");
        variations.setId("creatives-variations");
        variations.setMaxWidth(Double.MAX_VALUE);
        variations.disableProperty().bind(Bindings.isEmpty(vm.picked()));
        variations.setOnAction(e -> vm.variations(spread.getValue()));
        Button interpolate = new Button("Interpolate between the two");
        interpolate.setId("creatives-interpolate");
        interpolate.setMaxWidth(Double.MAX_VALUE);
        interpolate.disableProperty().bind(Bindings.size(vm.picked()).lessThan(2));
        interpolate.setOnAction(e -> vm.interpolate(8));

        ChoiceBox<Integer> size = new ChoiceBox<>();
        size.setId("export-tile-size");
        size.getItems().setAll(CreativeExportViewModel.SIZES);
        size.setValue(512);
        size.setConverter(ImageSetPanel.names(s -> s + " × " + s + " px"));
        Button exportTile = new Button("Export PNG…");
        exportTile.setId("creatives-export-tile");
        exportTile.disableProperty().bind(Bindings.isEmpty(vm.picked()).or(export.runningProperty()));
        exportTile.setOnAction(e -> {
            GeneratedImage g = last();
            Path file = g == null ? null : fileChooser.apply(g.seed() < 0 ? "creative-made-by-hand.png" : "creative-seed-" + g.seed() + ".png");
            if (file != null) export.exportTile(vm.modelProperty().get(), g, size.getValue(), file);
        });
        Button ad = new Button("Use in an ad");
        ad.setId("creatives-use-in-ad");
        ad.setMaxWidth(Double.MAX_VALUE);
        ad.disableProperty().bind(Bindings.isEmpty(vm.picked()));
        ad.setOnAction(e -> useInAd.run());

        sliders.setId("latent-sliders");
        handMade.setFitWidth(96);
        handMade.setFitHeight(96);
        vm.sliderImageProperty().addListener((o, was, now) -> drawSliders());
        vm.picked().addListener((ListChangeListener<GeneratedImage>) c -> {
            sliders.getChildren().clear(); // a new pick: new sliders at its latent
            drawSliders();
        });
        vm.sliderDims().addListener((ListChangeListener<Integer>) c -> {
            sliders.getChildren().clear(); // the latent map chose its axes: the sliders move those
            drawSliders();
        });

        exportTile.setMinWidth(USE_PREF_SIZE);
        size.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(size, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(title("Picked"), picked, variations, spread, spreadText, interpolate,
                new HBox(6, exportTile, size), ad, sliders);
    }

    private GeneratedImage last() {
        return vm.picked().isEmpty() ? null : vm.picked().get(vm.picked().size() - 1);
    }

    private String pickedText() {
        if (vm.picked().isEmpty()) return "Click a tile to pick it; pick two to interpolate between them.";
        StringBuilder b = new StringBuilder();
        for (GeneratedImage g : vm.picked()) {
            if (!b.isEmpty()) b.append(" and ");
            b.append(CreativeTexts.tileCaption(g, vm.modelProperty().get()).replace("\n", " · "));
        }
        return b.toString();
    }

    /** The sliders follow the picked tile; their image follows the newest decode (latest wins). */
    private void drawSliders() {
        float[] z = vm.sliderLatentProperty().get();
        GeneratedImage img = vm.sliderImageProperty().get();
        if (z == null || img == null) {
            sliders.getChildren().clear();
            return;
        }
        handMade.setImage(images.image(img.pixels(), img.shape(), 96));
        if (!sliders.getChildren().isEmpty()) return; // sliders exist: only the picture changes while dragging
        Label about = muted("Move the picked image through the model's latent space, one direction at a time.");
        about.setWrapText(true);
        about.setMinHeight(USE_PREF_SIZE);
        sliders.getChildren().addAll(title("Latent sliders"), about, handMade);
        for (int d = 0; d < vm.sliderDims().size(); d++) {
            int dim = vm.sliderDims().get(d);
            if (dim >= z.length) continue;
            Slider s = new Slider(-3, 3, z[dim]);
            s.setId("latent-" + d);
            s.valueProperty().addListener((o, was, now) -> vm.slide(dim, now.doubleValue()));
            sliders.getChildren().add(new VBox(0, muted(LatentMapViewModel.dimensionName(dim)), s));
        }
    }
}
