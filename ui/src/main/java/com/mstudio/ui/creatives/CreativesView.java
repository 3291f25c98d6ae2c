package com.mstudio.ui.creatives;

import com.mstudio.ui.common.ExportLine;
import com.mstudio.ui.common.NoticeLabel;
import javafx.scene.control.Tab;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;

import static com.mstudio.ui.common.Labels.muted;
import static com.mstudio.ui.common.Labels.title;

/**
 * The Creatives screen: four steps as tabs — Images, Train, Generate, Ad — under a header with the export line.
 * A ready demo grid, a finished training and "Use in an ad" move the user on to the tab that shows them.
 */
public final class CreativesView extends BorderPane {
    private static final String CSS = Objects.requireNonNull(CreativesView.class.getResource("creatives.css")).toExternalForm();

    private final CreativesViewModel vm;
    private final TabPane tabs = new TabPane();
    private final ImageSetPanel images;
    private final TrainingPane training;
    private final GeneratePane generate;
    private final AdComposerPane composer;
    /** Asks where to save a PNG; the native dialog, replaceable in headless tests. */
    private Function<String, Path> fileChooser = this::choosePng;

    public CreativesView(CreativesViewModel vm) {
        this.vm = vm;
        setId("creatives-view");
        getStylesheets().add(CSS);
        TileImages pictures = new TileImages(vm.services().images(), vm.io());
        images = new ImageSetPanel(vm.imageSet(), vm.services().imageSamples(), pictures);
        training = new TrainingPane(vm.training(), pictures);
        // Warnings and the quality lines come below the live preview: on a laptop screen they need room to wrap.
        ScrollPane trainingScroll = new ScrollPane(training);
        trainingScroll.setFitToWidth(true);
        trainingScroll.getStyleClass().add("edge-to-edge");
        HBox.setHgrow(trainingScroll, Priority.ALWAYS);
        ModelSetupPanel setup = new ModelSetupPanel(vm.setup(), vm.imageSet().setProperty(), this::train,
                vm.training().busyProperty());
        HBox train = new HBox(14, setup, trainingScroll);
        generate = new GeneratePane(vm, pictures, name -> fileChooser.apply(name), this::useInAd);
        composer = new AdComposerPane(vm.composer(), vm.export(), vm.generation(), pictures, name -> fileChooser.apply(name));
        tabs.getTabs().addAll(tab("creatives-tab-images", "1  Images", images), tab("creatives-tab-train", "2  Train", train),
                tab("creatives-tab-generate", "3  Generate", generate), tab("creatives-tab-ad", "4  Ad", composer));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        VBox header = new VBox(4, title("Creatives"),
                muted("Train a GAN or VAE on product pictures, explore what it makes, and put the best on an ad."),
                new ExportLine("creatives-export", vm.export()),
                new NoticeLabel("creatives-models-notice", vm.modelsNoticeProperty()));
        header.setStyle("-fx-padding: 0 0 10 0;");
        setTop(header);
        setCenter(tabs);
        openOnTheFirstGrid();
        // A set imported: on to training. A model trained: on to generating.
        vm.imageSet().setProperty().addListener((o, was, now) -> {
            if (now != null && was == null) tabs.getSelectionModel().select(1);
        });
        vm.training().resultProperty().addListener((o, was, now) -> {
            if (now != null) tabs.getSelectionModel().select(2);
        });
        // An image put on the ad (a picked tile, a favourite): show the ad.
        vm.composer().imageProperty().addListener((o, was, now) -> {
            if (now != null) tabs.getSelectionModel().select(3);
        });
    }

    /**
     * The screen opens on Images, but when a model (a demo, a kept one) has its grid ready the Generate tab is where
     * the action is: show it, once, unless the user has started something meanwhile (another tab, an image set).
     */
    private void openOnTheFirstGrid() {
        var tiles = vm.generation().tiles();
        tiles.addListener(new javafx.collections.ListChangeListener<>() {
            @Override public void onChanged(Change<? extends com.mstudio.engine.api.GeneratedImage> c) {
                if (tiles.isEmpty()) return;
                tiles.removeListener(this);
                boolean untouched = tabs.getSelectionModel().getSelectedIndex() == 0
                        && vm.imageSet().setProperty().get() == null && !vm.imageSet().busyProperty().get()
                        && !vm.training().busyProperty().get();
                if (untouched) tabs.getSelectionModel().select(2);
            }
        });
    }

    private static Tab tab(String id, String text, javafx.scene.Node content) {
        Tab t = new Tab(text, content);
        t.setId(id);
        return t;
    }

    private void train() {
        vm.train();
    }

    private void useInAd() {
        var picked = vm.generation().picked();
        if (picked.isEmpty()) return;
        vm.composer().use(picked.get(picked.size() - 1), vm.generation().modelProperty().get());
    }

    private Path choosePng(String suggested) {
        FileChooser c = new FileChooser();
        c.setTitle("Save as PNG");
        c.setInitialFileName(suggested);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        File f = c.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        return f == null ? null : f.toPath();
    }

    /** Headless tests replace the native save dialog (the argument is the suggested file name). */
    public void setFileChooser(Function<String, Path> chooser) {
        this.fileChooser = chooser;
    }

    /** Headless tests replace the folder and IDX dialogs. */
    public void setSourceChoosers(java.util.function.Supplier<Path> folder, java.util.function.Supplier<Path> idx) {
        images.setChoosers(folder, idx);
    }

    public TabPane tabs() { return tabs; }
    TrainingPane trainingPane() { return training; }
    GeneratePane generatePane() { return generate; }
    AdComposerPane composerPane() { return composer; }
}
