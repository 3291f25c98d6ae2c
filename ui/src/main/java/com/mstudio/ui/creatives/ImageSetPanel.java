package com.mstudio.ui.creatives;

import atlantafx.base.theme.Styles;
import com.mstudio.engine.api.ImageSet;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.ui.common.NoticeLabel;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import static com.mstudio.ui.common.Labels.muted;
import static com.mstudio.ui.common.Labels.title;

/**
 * The "Images" step: sample sets in one click, a folder or Fashion-MNIST IDX file, the size and fit (shown, and
 * changeable before importing again), the import's progress and Cancel, a strip of thumbnails per class, and the
 * skipped files by name.
 */
final class ImageSetPanel extends VBox {
    private final ImageSetViewModel vm;
    private final TileImages tiles;
    private final VBox strips = new VBox(6);
    private Supplier<Path> folderChooser = this::chooseFolder;
    private Supplier<Path> idxChooser = this::chooseIdx;

    ImageSetPanel(ImageSetViewModel vm, List<CreativeServices.ImageSample> samples, TileImages tiles) {
        this.vm = vm;
        this.tiles = tiles;
        setId("creatives-images");
        setSpacing(12);

        FlowPane sampleButtons = new FlowPane(8, 8);
        for (int i = 0; i < samples.size(); i++) {
            CreativeServices.ImageSample s = samples.get(i);
            Button b = new Button(s.title());
            b.setId("image-sample-" + i);
            b.getStyleClass().add(Styles.ACCENT);
            b.setTooltip(new javafx.scene.control.Tooltip(s.description()));
            b.setOnAction(e -> vm.open(s.source()));
            b.disableProperty().bind(vm.busyProperty());
            sampleButtons.getChildren().add(b);
        }
        Button folder = new Button("Open a folder…");
        folder.setId("images-open-folder");
        folder.setOnAction(e -> choose(folderChooser.get()));
        Button idx = new Button("Open Fashion-MNIST IDX…");
        idx.setId("images-open-idx");
        idx.setOnAction(e -> choose(idxChooser.get()));
        folder.disableProperty().bind(vm.busyProperty());
        idx.disableProperty().bind(vm.busyProperty());
        sampleButtons.getChildren().addAll(folder, idx);

        ChoiceBox<ImageShape> shape = new ChoiceBox<>();
        shape.setId("images-shape");
        shape.getItems().setAll(ImageSetViewModel.SHAPES);
        shape.setConverter(converter(ImageShape::describe));
        shape.valueProperty().bindBidirectional(vm.shapeProperty());
        ChoiceBox<ImageSet.ImageFit> fit = new ChoiceBox<>();
        fit.setId("images-fit");
        fit.getItems().setAll(ImageSet.ImageFit.values());
        fit.setConverter(converter(ImageSet.ImageFit::title));
        fit.valueProperty().bindBidirectional(vm.fitProperty());
        Button again = new Button("Import at this size");
        again.setId("images-import");
        again.disableProperty().bind(vm.sourceProperty().isNull().or(vm.busyProperty()));
        again.setOnAction(e -> vm.importChosen());
        HBox sizeRow = new HBox(8, new Label("Size"), shape, new Label("Fit"), fit, again);
        sizeRow.setAlignment(Pos.CENTER_LEFT);

        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(220);
        bar.progressProperty().bind(vm.progressProperty());
        Label msg = muted("");
        msg.textProperty().bind(vm.progressMessageProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("images-cancel");
        cancel.getStyleClass().addAll(Styles.SMALL, Styles.DANGER);
        cancel.setOnAction(e -> vm.cancel());
        HBox busy = new HBox(10, bar, msg, cancel);
        busy.setAlignment(Pos.CENTER_LEFT);
        busy.visibleProperty().bind(vm.busyProperty());
        busy.managedProperty().bind(busy.visibleProperty());

        Label summary = new Label();
        summary.setId("images-summary");
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        summary.setWrapText(true);
        summary.textProperty().bind(Bindings.when(vm.setProperty().isNull())
                .then("No image set yet: open a sample set, a folder of PNG/JPEG images (one subfolder per class) "
                        + "or Fashion-MNIST IDX files.")
                .otherwise(vm.summaryProperty()));
        NoticeLabel error = new NoticeLabel("images-error", vm.errorProperty());
        error.getStyleClass().add(Styles.DANGER);

        VBox problems = new VBox(2);
        problems.setId("images-problems");
        vm.problems().addListener((javafx.collections.ListChangeListener<String>) c -> fillProblems(problems));
        vm.strips().addListener((javafx.collections.ListChangeListener<ImageSetViewModel.ClassStrip>) c -> fillStrips());

        ScrollPane scroll = new ScrollPane(new VBox(10, strips, problems));
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(title("Image set"), muted("Pick the pictures the model learns from. Every image is "
                + "brought to one size; the choice is shown and you can import again at another."),
                sampleButtons, sizeRow, busy, summary, error, scroll);
    }

    private void choose(Path p) {
        if (p != null) vm.open(p);
    }

    private void fillStrips() {
        strips.getChildren().clear();
        ImageSet set = vm.setProperty().get();
        if (set == null) return;
        for (ImageSetViewModel.ClassStrip s : vm.strips()) {
            HBox row = new HBox(4);
            row.getStyleClass().add("class-strip");
            row.setAlignment(Pos.CENTER_LEFT);
            Label name = new Label(s.title() + " (" + s.count() + ")");
            name.setMinWidth(150);
            name.setPrefWidth(150);
            row.getChildren().add(name);
            for (int i : s.indices()) {
                var view = new javafx.scene.image.ImageView(tiles.image(vm.pixels(i), set.shape(), 48));
                row.getChildren().add(view);
            }
            strips.getChildren().add(row);
        }
    }

    private void fillProblems(VBox box) {
        box.getChildren().clear();
        if (vm.problems().isEmpty()) return;
        box.getChildren().add(title("Skipped files"));
        int shown = Math.min(50, vm.problems().size());
        for (int i = 0; i < shown; i++) box.getChildren().add(muted(vm.problems().get(i)));
        if (shown < vm.problems().size()) box.getChildren().add(muted("… and " + (vm.problems().size() - shown) + " more"));
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override public String toString(T t) { return t == null ? "" : text.apply(t); }
            @Override public T fromString(String s) { return null; }
        };
    }

    private Path chooseFolder() {
        DirectoryChooser c = new DirectoryChooser();
        c.setTitle("Choose a folder of images (one subfolder per class)");
        File f = c.showDialog(getScene() == null ? null : getScene().getWindow());
        return f == null ? null : f.toPath();
    }

    private Path chooseIdx() {
        FileChooser c = new FileChooser();
        c.setTitle("Choose a Fashion-MNIST images file");
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("IDX images", "*-images-idx3-ubyte", "*-images-idx3-ubyte.gz", "*.gz"));
        File f = c.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        return f == null ? null : f.toPath();
    }

    /** Headless tests replace the native dialogs. */
    void setChoosers(Supplier<Path> folder, Supplier<Path> idx) {
        this.folderChooser = folder;
        this.idxChooser = idx;
    }

    static <T> StringConverter<T> names(java.util.function.Function<T, String> text) {
        return converter(text);
    }
}
