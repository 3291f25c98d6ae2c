package com.mstudio.ui.creatives;

import atlantafx.base.theme.Styles;
import com.mstudio.engine.api.CreativeModel;
import com.mstudio.ui.common.NoticeLabel;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.function.Function;

import static com.mstudio.ui.common.Labels.muted;

/**
 * "Generate": the model and class pickers, the grid size, Regenerate and Export grid on top; the grid in the middle;
 * the picked tiles' actions on the right; the variations or interpolation strip and the favourites below.
 */
final class GeneratePane extends BorderPane {
    private final GenerationViewModel vm;
    private final TileGridView grid;
    private final ScrollPane gridScroll;
    private final TileGridView strip;
    private final LatentMapViewModel map;
    private final ScrollPane mapScroll;
    private final LatentMapView mapView;

    GeneratePane(CreativesViewModel all, TileImages images, Function<String, Path> fileChooser, Runnable useInAd) {
        this.vm = all.generation();
        this.map = all.latentMap();
        setId("creatives-generate");
        ComboBox<CreativeModel> model = new ComboBox<>(vm.models());
        model.setId("generate-model");
        model.setPrefWidth(330);
        model.setMinWidth(160);
        model.setMaxWidth(460);
        HBox.setHgrow(model, Priority.SOMETIMES);
        model.setConverter(ImageSetPanel.names(vm::label));
        model.valueProperty().bindBidirectional(vm.modelProperty());
        model.setPromptText("No model yet: train one or add demo models");
        ChoiceBox<Integer> classes = new ChoiceBox<>();
        classes.setId("generate-class");
        classes.setPrefWidth(160); // sized for the longest class name, not for the empty list it starts with
        vm.modelProperty().addListener((o, was, now) -> fillClasses(classes, now));
        fillClasses(classes, vm.modelProperty().get());
        classes.valueProperty().addListener((o, was, now) -> { if (now != null) vm.classIndexProperty().set(now); });
        ChoiceBox<Integer> side = new ChoiceBox<>();
        side.setId("generate-side");
        for (int s = GenerationViewModel.MIN_SIDE; s <= GenerationViewModel.MAX_SIDE; s++) side.getItems().add(s);
        side.setConverter(ImageSetPanel.names(s -> s + " × " + s));
        side.setValue(vm.sideProperty().get());
        side.valueProperty().addListener((o, was, now) -> vm.sideProperty().set(now));
        Button regenerate = new Button("Regenerate");
        regenerate.setId("creatives-regenerate");
        regenerate.getStyleClass().add(Styles.ACCENT);
        regenerate.disableProperty().bind(vm.modelProperty().isNull());
        regenerate.setOnAction(e -> {
            map.openProperty().set(false); // show what Regenerate made
            vm.regenerate();
        });
        Button exportGrid = new Button("Export grid…");
        exportGrid.setId("creatives-export-grid");
        exportGrid.disableProperty().bind(Bindings.isEmpty(vm.tiles()).or(all.export().runningProperty()));
        exportGrid.setOnAction(e -> {
            Path file = fileChooser.apply("creatives-grid-seed-" + vm.tiles().get(0).seed() + ".png");
            if (file != null) all.export().exportGrid(vm.modelProperty().get(), vm.tiles(), vm.sideProperty().get(), 128, file);
        });
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(22, 22);
        spinner.visibleProperty().bind(vm.busyProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, new Label("Model"), model, classes, new Label("Grid"), side, regenerate, spinner, grow, exportGrid);
        bar.setAlignment(Pos.CENTER_LEFT);
        // Labels and buttons keep their words; only the model picker gives way when the window is narrow.
        for (javafx.scene.Node n : bar.getChildren()) {
            if (n instanceof Label || n instanceof Button || n instanceof ChoiceBox<?>) ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
        }
        NoticeLabel error = new NoticeLabel("generate-error", vm.errorProperty());
        error.getStyleClass().add(Styles.DANGER);
        ToggleButton showGrid = new ToggleButton("Grid");
        showGrid.setId("generate-show-grid");
        showGrid.getStyleClass().add(Styles.LEFT_PILL);
        ToggleButton showMap = new ToggleButton("Latent map");
        showMap.setId("generate-show-map");
        showMap.getStyleClass().add(Styles.RIGHT_PILL);
        showGrid.setSelected(true);
        // Two pills, always one on: a click sets which view is shown, the view model's flag sets both pills.
        showGrid.setOnAction(e -> { map.openProperty().set(false); showGrid.setSelected(true); });
        showMap.setOnAction(e -> { map.openProperty().set(true); showMap.setSelected(true); });
        map.openProperty().addListener((o, was, now) -> {
            showGrid.setSelected(!now);
            showMap.setSelected(now);
        });
        HBox switcher = new HBox(0, showGrid, showMap);
        switcher.setId("generate-view-switch");
        switcher.setMinWidth(Region.USE_PREF_SIZE);
        switcher.visibleProperty().bind(map.availableProperty());
        switcher.managedProperty().bind(switcher.visibleProperty());
        // Only a VAE has a map: back to the grid when a GAN is chosen.
        map.availableProperty().addListener((o, was, now) -> { if (!now) map.openProperty().set(false); });
        Label quality = muted("");
        quality.setId("generate-quality");
        quality.textProperty().bind(vm.qualityTextProperty());
        quality.setTooltip(new Tooltip(CreativeTexts.QUALITY_EXPLAINED));
        quality.setWrapText(true);
        quality.setMinHeight(Region.USE_PREF_SIZE);
        HBox second = new HBox(12, switcher, quality);
        second.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, bar, second, error);
        setTop(top);

        grid = new TileGridView("tile", vm.tiles(), vm, all.favourites(), images, this::tileSize, () -> "Image");
        vm.sideProperty().addListener(o -> grid.draw());
        Label empty = muted("Train a model on the Train tab, or pick a demo model above: a grid of new images appears here.");
        empty.visibleProperty().bind(Bindings.isEmpty(vm.tiles()));
        empty.managedProperty().bind(empty.visibleProperty());
        gridScroll = new ScrollPane(new VBox(8, empty, grid));
        gridScroll.setFitToWidth(true);
        // Tiles use the width the window gives them: redraw when it changes by a tile-size step, not every pixel.
        gridScroll.viewportBoundsProperty().addListener((o, was, now) -> {
            if (tileSizeFor(was.getWidth()) != tileSizeFor(now.getWidth())) grid.draw();
        });
        mapView = new LatentMapView(map, vm, all.favourites(), images, this::cellSize);
        mapScroll = new ScrollPane(mapView);
        mapScroll.setFitToWidth(true);
        mapScroll.viewportBoundsProperty().addListener((o, was, now) -> {
            if (cellSizeFor(was) != cellSizeFor(now)) mapView.draw();
        });
        map.sideProperty().addListener(o -> mapView.draw());
        map.openProperty().addListener((o, was, now) -> setCenter(now ? mapScroll : gridScroll));
        setCenter(gridScroll);
        ScrollPane pick = new ScrollPane(new PickPanel(vm, all.export(), images, fileChooser, useInAd));
        pick.setFitToWidth(true);
        pick.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        pick.setMinWidth(290);
        pick.setPrefWidth(290);
        setRight(pick);

        strip = new TileGridView("frame", vm.strip(), vm, all.favourites(), images, () -> 72, vm::stripKind);
        strip.setPrefRows(1);
        Label stripTitle = new Label();
        stripTitle.setId("strip-title");
        stripTitle.getStyleClass().add(Styles.TEXT_BOLD);
        stripTitle.textProperty().bind(vm.stripTitleProperty());
        VBox stripBox = new VBox(4, stripTitle, strip);
        stripBox.visibleProperty().bind(Bindings.isNotEmpty(vm.strip()));
        stripBox.managedProperty().bind(stripBox.visibleProperty());
        VBox bottom = new VBox(8, stripBox, new FavouritesStrip(all.favourites(), images,
                (f, g) -> all.composer().use(g, f.modelName())));
        bottom.getStyleClass().add("generate-bottom");
        setBottom(bottom);
    }

    /** Tiles fill the grid's width (up to 128 px, down to 44 px for a 10×10 grid on a small window). */
    private int tileSize() {
        return tileSizeFor(gridScroll == null ? 0 : gridScroll.getViewportBounds().getWidth()); // null while building
    }

    private int tileSizeFor(double viewportWidth) {
        double width = viewportWidth > 0 ? viewportWidth : 560; // before the first layout
        int side = Math.max(1, vm.sideProperty().get());
        int perTile = (int) Math.floor((width - 16) / side) - 12; // a tile's own gap and border
        return Math.max(44, Math.min(128, perTile / 4 * 4));
    }

    /** Map cells fill the space beside the chosen image and under the pickers (24..96 px). */
    private int cellSize() {
        return cellSizeFor(mapScroll == null ? null : mapScroll.getViewportBounds());
    }

    private int cellSizeFor(javafx.geometry.Bounds viewport) {
        double w = viewport == null || viewport.getWidth() <= 0 ? 640 : viewport.getWidth();
        double h = viewport == null || viewport.getHeight() <= 0 ? 480 : viewport.getHeight();
        int side = map.sideProperty().get();
        // Beside the map: the chosen image (LARGE + margins) and the axis labels; above and below: pickers, ticks, names.
        double room = Math.min(w - LatentMapView.LARGE - 40 - 16 - 70, h - 105);
        int perCell = (int) Math.floor(room / side) - 4; // a cell's outline, 2 px each side
        return Math.max(24, Math.min(96, perCell / 4 * 4));
    }

    private static void fillClasses(ChoiceBox<Integer> box, CreativeModel m) {
        box.getItems().clear();
        boolean conditional = m != null && m.conditional();
        box.setVisible(conditional);
        box.setManaged(conditional);
        if (!conditional) return;
        box.getItems().add(-1);
        for (int i = 0; i < m.classes().size(); i++) box.getItems().add(i);
        box.setConverter(ImageSetPanel.names(i -> i < 0 ? "Every class" : m.classes().get(i)));
        box.setValue(-1);
    }

    TileGridView grid() { return grid; }
    TileGridView strip() { return strip; }
    LatentMapView mapView() { return mapView; }
}
