package com.mstudio.ui.creatives;

import atlantafx.base.theme.Styles;
import com.mstudio.engine.api.CreativeModel;
import com.mstudio.engine.api.GeneratedImage;
import com.mstudio.ui.common.NoticeLabel;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;

import static com.mstudio.ui.common.Labels.muted;
import static com.mstudio.ui.common.Labels.title;

/**
 * The latent map on the Generate tab: the axis, class and size pickers with the job's spinner and Cancel on top; the
 * square of images with the two dimensions named along its axes; the clicked cell large beside it, with a star.
 */
final class LatentMapView extends VBox {
    static final int LARGE = 168;

    private final LatentMapViewModel vm;
    private final GenerationViewModel generation;
    private final FavouritesViewModel favourites;
    private final TileImages images;
    private final IntSupplier cellSize;
    private final GridPane map = new GridPane();
    private final ImageView large = new ImageView();
    private final Label largeCaption = new Label();
    private final Button star = new Button("☆  Add to favourites");
    /** The cells being upscaled off the UI thread, and at which size; null when none. */
    private List<GeneratedImage> preparing;
    private int preparingSize;

    LatentMapView(LatentMapViewModel vm, GenerationViewModel generation, FavouritesViewModel favourites,
                  TileImages images, IntSupplier cellSize) {
        super(8);
        this.vm = vm;
        this.generation = generation;
        this.favourites = favourites;
        this.images = images;
        this.cellSize = cellSize;
        setId("latent-map");
        setPadding(new Insets(0, 8, 8, 0));

        ComboBox<Integer> across = dimensionPicker("map-x", vm.xDimProperty());
        ComboBox<Integer> up = dimensionPicker("map-y", vm.yDimProperty());
        ChoiceBox<Integer> cls = new ChoiceBox<>();
        cls.setId("map-class");
        cls.setPrefWidth(125);
        Label clsLabel = new Label("Class");
        generation.modelProperty().addListener((o, was, now) -> fillClasses(cls, clsLabel, now));
        fillClasses(cls, clsLabel, generation.modelProperty().get());
        cls.valueProperty().addListener((o, was, now) -> { if (now != null) vm.classIndexProperty().set(now); });
        vm.classIndexProperty().addListener((o, was, now) -> cls.setValue(now.intValue() < 0 ? null : now.intValue()));
        ChoiceBox<Integer> side = new ChoiceBox<>();
        side.setId("map-side");
        side.setPrefWidth(80);
        side.getItems().setAll(LatentMapViewModel.SIDES);
        side.setConverter(ImageSetPanel.names(s -> s + " × " + s));
        side.setValue(vm.sideProperty().get());
        side.valueProperty().addListener((o, was, now) -> vm.sideProperty().set(now));
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(vm.busyProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("map-cancel");
        cancel.visibleProperty().bind(vm.busyProperty());
        cancel.setOnAction(e -> vm.cancel());
        // The pickers wrap onto a second line on a narrow window rather than push the map sideways.
        FlowPane bar = new FlowPane(14, 6, pair("Across", across), pair("Up", up), pair(clsLabel, cls),
                pair("Size", side));
        bar.setAlignment(Pos.CENTER_LEFT);
        Label status = muted("");
        status.setId("map-status");
        status.setWrapText(true);
        status.setMinHeight(USE_PREF_SIZE);
        status.textProperty().bind(vm.statusProperty());
        HBox statusLine = new HBox(8, status, spinner, cancel);
        statusLine.setAlignment(Pos.CENTER_LEFT);
        spinner.managedProperty().bind(spinner.visibleProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        NoticeLabel error = new NoticeLabel("map-error", vm.errorProperty());
        error.getStyleClass().add(Styles.DANGER);

        map.setId("map-grid");
        map.getStyleClass().add("latent-map-grid");
        large.setFitWidth(LARGE);
        large.setFitHeight(LARGE);
        largeCaption.setId("map-chosen-caption");
        largeCaption.setWrapText(true);
        largeCaption.setMaxWidth(LARGE + 40);
        largeCaption.setMinHeight(USE_PREF_SIZE);
        star.setId("map-favourite");
        star.setOnAction(e -> {
            GeneratedImage g = vm.chosenProperty().get();
            CreativeModel m = generation.modelProperty().get();
            if (g != null) favourites.add(m == null ? "" : m.name(), g);
        });
        Label hint = muted("Now the picked image: Variations, Export and Use in an ad work on it.");
        hint.setWrapText(true);
        hint.setMaxWidth(LARGE + 40);
        hint.setMinHeight(USE_PREF_SIZE);
        VBox chosenBox = new VBox(6, title("Chosen"), large, largeCaption, star, hint);
        chosenBox.setId("map-chosen");
        chosenBox.setMinWidth(LARGE + 40);
        chosenBox.setPrefWidth(LARGE + 40);
        chosenBox.visibleProperty().bind(vm.chosenProperty().isNotNull());
        Label pickHint = muted("Click an image on the map to see it large and work with it.");
        pickHint.setWrapText(true);
        pickHint.setMaxWidth(LARGE + 40);
        pickHint.visibleProperty().bind(vm.chosenProperty().isNull().and(Bindings.isNotEmpty(vm.cells())));
        StackPane chosenArea = new StackPane(pickHint, chosenBox);
        chosenArea.setAlignment(Pos.TOP_LEFT);
        HBox body = new HBox(16, map, chosenArea);
        getChildren().addAll(bar, statusLine, error, body);

        vm.cells().addListener((ListChangeListener<GeneratedImage>) c -> draw());
        vm.chosenIndexProperty().addListener(o -> draw());
        vm.chosenProperty().addListener(o -> showChosen());
        favourites.favourites().addListener((ListChangeListener<Object>) c -> showChosen());
        vm.ranking().addListener((ListChangeListener<Integer>) c -> {
            across.getItems().setAll(vm.ranking());
            up.getItems().setAll(vm.ranking());
            across.setValue(vm.xDimProperty().get());
            up.setValue(vm.yDimProperty().get());
        });
    }

    private static HBox pair(String label, Region control) {
        return pair(new Label(label), control);
    }

    /** A label and its picker, kept on one line; the pair follows the label's visibility (the class picker). */
    private static HBox pair(Label label, Region control) {
        label.setMinWidth(Region.USE_PREF_SIZE);
        control.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(6, label, control);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(label.visibleProperty());
        box.managedProperty().bind(label.visibleProperty());
        return box;
    }

    /** The dimensions in the order of how much they change the image, each with that share. */
    private ComboBox<Integer> dimensionPicker(String id, javafx.beans.property.IntegerProperty dim) {
        ComboBox<Integer> box = new ComboBox<>();
        box.setId(id);
        box.setVisibleRowCount(12);
        box.setPrefWidth(155);
        // The list says how much each dimension changes the image; the closed picker only names the one chosen.
        box.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : LatentMapViewModel.dimensionName(item));
            }
        });
        box.setConverter(ImageSetPanel.names(vm::dimensionLabel));
        box.valueProperty().addListener((o, was, now) -> { if (now != null) dim.set(now); });
        dim.addListener((o, was, now) -> box.setValue(now.intValue() < 0 ? null : now.intValue()));
        return box;
    }

    private void fillClasses(ChoiceBox<Integer> box, Label label, CreativeModel m) {
        box.getItems().clear();
        boolean conditional = m != null && m.conditional();
        for (javafx.scene.Node n : new javafx.scene.Node[] {box, label}) {
            n.setVisible(conditional);
            n.setManaged(conditional);
        }
        if (!conditional) return;
        for (int i = 0; i < m.classes().size(); i++) box.getItems().add(i);
        box.setConverter(ImageSetPanel.names(i -> m.classes().get(i)));
        box.setValue(vm.classIndexProperty().get() < 0 ? null : vm.classIndexProperty().get());
    }

    /** The square of cells with tick values and the two dimensions' names along the left and the bottom. */
    void draw() {
        int n = vm.sideProperty().get();
        if (vm.cells().size() != n * n) {
            map.getChildren().clear();
            return;
        }
        int size = cellSize.getAsInt();
        List<GeneratedImage> cells = List.copyOf(vm.cells());
        if (!images.ready(cells, size)) {
            // A new map: its cells are upscaled on the I/O lane; the map shown stays until they are ready.
            if (!cells.equals(preparing) || size != preparingSize) {
                preparing = cells;
                preparingSize = size;
                images.prefetch(cells, size, () -> { if (cells.equals(preparing)) draw(); });
            }
            return;
        }
        preparing = null;
        map.getChildren().clear();
        int x = vm.xDimProperty().get(), y = vm.yDimProperty().get();
        for (int i = 0; i < vm.cells().size(); i++) {
            GeneratedImage g = vm.cells().get(i);
            int row = i / n, col = i % n;
            ImageView view = new ImageView(images.image(g.pixels(), g.shape(), size));
            StackPane cell = new StackPane(view);
            cell.setId("map-cell-" + i);
            cell.getStyleClass().add("map-cell");
            if (i == vm.chosenIndexProperty().get()) cell.getStyleClass().add("chosen");
            int index = i;
            cell.setOnMouseClicked(e -> vm.choose(index));
            Tooltip.install(cell, new Tooltip(position(x, g.latent()[x]) + "\n" + position(y, g.latent()[y])));
            map.add(cell, col + 2, row);
        }
        // Tick values: the ends and the middle of each axis.
        for (int i : new int[] {0, n / 2, n - 1}) {
            Label yTick = tick(vm.axisValue(n - 1 - i));
            GridPane.setHalignment(yTick, HPos.RIGHT);
            GridPane.setValignment(yTick, i == 0 ? VPos.TOP : i == n - 1 ? VPos.BOTTOM : VPos.CENTER);
            map.add(yTick, 1, i);
            Label xTick = tick(vm.axisValue(i));
            GridPane.setHalignment(xTick, i == 0 ? HPos.LEFT : i == n - 1 ? HPos.RIGHT : HPos.CENTER);
            map.add(xTick, i + 2, n);
        }
        Label yName = axisName(LatentMapViewModel.dimensionName(y) + "  →", "map-y-label");
        Group rotated = new Group(yName);
        yName.setRotate(-90);
        map.add(rotated, 0, 0, 1, n);
        GridPane.setValignment(rotated, VPos.CENTER);
        Label xName = axisName(LatentMapViewModel.dimensionName(x) + "  →", "map-x-label");
        map.add(xName, 2, n + 1, n, 1);
        GridPane.setHalignment(xName, HPos.CENTER);
    }

    private static Label tick(double value) {
        Label l = new Label(value == 0 ? "0" : String.format(Locale.ROOT, "%+.1fσ", value).replace('-', '−'));
        l.getStyleClass().addAll(Styles.TEXT_SMALL, "map-tick");
        l.setMinWidth(USE_PREF_SIZE);
        return l;
    }

    private static Label axisName(String text, String id) {
        Label l = new Label(text);
        l.setId(id);
        l.getStyleClass().add(Styles.TEXT_BOLD);
        l.setMinWidth(USE_PREF_SIZE);
        return l;
    }

    private static String position(int dim, float value) {
        return String.format(Locale.ROOT, "%s = %+.2fσ", LatentMapViewModel.dimensionName(dim), value).replace('-', '−');
    }

    private void showChosen() {
        GeneratedImage g = vm.chosenProperty().get();
        if (g == null) {
            large.setImage(null);
            return;
        }
        large.setImage(images.image(g.pixels(), g.shape(), LARGE));
        int x = vm.xDimProperty().get(), y = vm.yDimProperty().get();
        CreativeModel m = generation.modelProperty().get();
        String cls = m != null && m.conditional() && g.classIndex() >= 0 ? m.classes().get(g.classIndex()) + "\n" : "";
        largeCaption.setText(cls + position(x, g.latent()[x]) + "\n" + position(y, g.latent()[y]));
        boolean kept = favourites.isFavourite(g);
        star.setText(kept ? "★  A favourite" : "☆  Add to favourites");
        star.setDisable(kept);
    }
}
