package com.mstudio.ui.creatives;

import atlantafx.base.theme.Styles;
import com.mstudio.engine.api.GeneratedImage;
import javafx.beans.Observable;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

import static com.mstudio.ui.common.Labels.muted;
import static com.mstudio.ui.common.Labels.title;

/**
 * The ad composer: layout, headline (a text field now; the Copy screen can fill it through the view model), call to
 * action, brand colours; a live preview scaled to fit; Export PNG at the layout's full size.
 */
final class AdComposerPane extends BorderPane {
    private final AdComposerViewModel vm;
    private final AdRenderer renderer;
    private final Canvas preview = new Canvas();
    private final Pane holder = new Pane(preview);

    AdComposerPane(AdComposerViewModel vm, CreativeExportViewModel export, GenerationViewModel generation,
                   TileImages images, Function<String, Path> fileChooser) {
        this.vm = vm;
        this.renderer = new AdRenderer(images);
        setId("creatives-composer");
        ChoiceBox<AdFormat> format = new ChoiceBox<>();
        format.setId("ad-format");
        format.getItems().setAll(AdFormat.values());
        format.setConverter(ImageSetPanel.names(AdFormat::describe));
        format.valueProperty().bindBidirectional(vm.formatProperty());
        TextField headline = new TextField();
        headline.setId("ad-headline");
        headline.setPromptText("Your headline");
        headline.textProperty().bindBidirectional(vm.headlineProperty());
        TextField cta = new TextField();
        cta.setId("ad-cta");
        cta.textProperty().bindBidirectional(vm.ctaProperty());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        // The labels keep their full width; the fields take what is left.
        form.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(USE_PREF_SIZE, USE_COMPUTED_SIZE, USE_PREF_SIZE),
                new javafx.scene.layout.ColumnConstraints(120, USE_COMPUTED_SIZE, Double.MAX_VALUE, javafx.scene.layout.Priority.ALWAYS, javafx.geometry.HPos.LEFT, true));
        form.addRow(0, new Label("Layout"), format);
        form.addRow(1, new Label("Headline"), headline);
        form.addRow(2, new Label("Button"), cta);
        form.addRow(3, new Label("Background"), picker("ad-background", vm.backgroundProperty()));
        form.addRow(4, new Label("Text"), picker("ad-text", vm.textColourProperty()));
        form.addRow(5, new Label("Button colour"), picker("ad-accent", vm.accentProperty()));
        Button useGrid = new Button("Use the picked tile");
        useGrid.setId("ad-use-picked");
        useGrid.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(generation.picked()));
        useGrid.setOnAction(e -> usePicked(generation));
        Button exportAd = new Button("Export PNG…");
        exportAd.setId("ad-export");
        exportAd.getStyleClass().add(Styles.ACCENT);
        exportAd.disableProperty().bind(vm.imageProperty().isNull().or(export.runningProperty()));
        exportAd.setOnAction(e -> exportAd(export, fileChooser));
        Label image = muted("");
        image.setWrapText(true);
        image.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.imageProperty().get() == null
                ? "Pick a tile on the Generate tab (or a favourite) and press “Use in an ad”."
                : "Image: " + (vm.imageProperty().get().seed() < 0 ? "made by hand" : "seed " + vm.imageProperty().get().seed())
                        + (vm.imageModelProperty().get().isEmpty() ? "" : " · " + vm.imageModelProperty().get()),
                vm.imageProperty(), vm.imageModelProperty()));
        VBox left = new VBox(10, title("Ad"), form, useGrid, image, exportAd,
                muted("Exported at the layout's full size (" + "1080×1080, 1080×1920 or 1200×628" + ")."));
        left.setPrefWidth(360);
        left.setMinWidth(320);
        left.getStyleClass().add("card");
        setLeft(left);
        holder.setId("ad-preview");
        holder.setMinSize(200, 200);
        setCenter(holder);
        for (Observable o : new Observable[] {vm.formatProperty(), vm.headlineProperty(), vm.ctaProperty(),
                vm.backgroundProperty(), vm.textColourProperty(), vm.accentProperty(), vm.imageProperty(),
                holder.widthProperty(), holder.heightProperty()}) {
            o.addListener(x -> redraw());
        }
    }

    private void usePicked(GenerationViewModel generation) {
        if (!generation.picked().isEmpty()) {
            vm.use(generation.picked().get(generation.picked().size() - 1), generation.modelProperty().get());
        }
    }

    /** The preview: the whole ad scaled to fit the space, centred. */
    private void redraw() {
        AdFormat f = vm.formatProperty().get();
        double w = holder.getWidth() - 24, h = holder.getHeight() - 24;
        if (w <= 0 || h <= 0) return;
        double scale = Math.min(w / f.width(), h / f.height());
        preview.setWidth(Math.floor(f.width() * scale));
        preview.setHeight(Math.floor(f.height() * scale));
        preview.setLayoutX((holder.getWidth() - preview.getWidth()) / 2);
        preview.setLayoutY((holder.getHeight() - preview.getHeight()) / 2);
        renderer.draw(preview, vm, scale);
    }

    private void exportAd(CreativeExportViewModel export, Function<String, Path> fileChooser) {
        AdFormat f = vm.formatProperty().get();
        Path file = fileChooser.apply("ad-" + f.name().toLowerCase(Locale.ROOT) + "-" + f.width() + "x" + f.height() + ".png");
        if (file == null) return;
        int[] argb = AdPng.render(renderer, vm); // on the FX thread (snapshot); the file is written on the I/O lane
        export.export(file, "Exporting the ad", () -> AdPng.write(argb, f.width(), f.height(), file),
                "Saved the " + f.describe() + " ad to " + file);
    }

    private static ColorPicker picker(String id, StringProperty hex) {
        ColorPicker p = new ColorPicker(Color.web(hex.get()));
        p.setId(id);
        p.valueProperty().addListener((o, was, now) -> hex.set(toHex(now)));
        hex.addListener((o, was, now) -> {
            if (AdComposerViewModel.valid(now) && !toHex(p.getValue()).equalsIgnoreCase(now)) p.setValue(Color.web(now));
        });
        return p;
    }

    static String toHex(Color c) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    Canvas preview() { return preview; }
}
