package com.mstudio.ui.copy;

import atlantafx.base.theme.Styles;
import com.mstudio.ui.SampleCatalog;
import com.mstudio.ui.common.EmptyCard;
import com.mstudio.ui.common.ErrorCard;
import com.mstudio.ui.common.NoticeLabel;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Priority;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import static com.mstudio.ui.common.Labels.muted;
import static com.mstudio.ui.common.Labels.title;

/**
 * The Copy screen: setup on the left; on the right the header, messages and three tabs: Train & results (live curves
 * while training, then the model cards and the clickable confusion matrix), Playground (with variants) and Batch.
 * Without a dataset it offers the labelled-copy samples in one click, or the Data screen.
 */
public final class CopyView extends StackPane {
    private static final String CSS = Objects.requireNonNull(CopyView.class.getResource("copy.css")).toExternalForm();

    private final CopyViewModel vm;
    private final CopyTrainingPanel training;
    private final PlaygroundPane playground;
    private final BatchPane batch;
    private final CopySetupPanel setupPanel;
    private final TabPane tabs = new TabPane();

    /**
     * @param samples    the labelled-copy samples offered while no dataset is open
     * @param openSample opens one on the Data screen
     */
    public CopyView(CopyViewModel vm, List<SampleCatalog.Sample> samples, Consumer<SampleCatalog.Sample> openSample,
                    Runnable goToData) {
        this.vm = vm;
        setId("copy-view");
        getStylesheets().add(CSS);
        training = new CopyTrainingPanel(vm);
        playground = new PlaygroundPane(vm);
        batch = new BatchPane(vm);
        setupPanel = new CopySetupPanel(vm);

        tabs.setId("copy-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(tab("copy-tab-results", "Train & results", results()),
                tab("copy-tab-playground", "Playground", scroll(playground)),
                tab("copy-tab-batch", "Batch", batch));
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox right = new VBox(10, header(), new NoticeLabel("copy-notice", vm.noticeProperty()),
                new ErrorCard("copy-error", vm.errorTitleProperty(), vm.errorMessageProperty(), vm::clearMessages), tabs);
        right.getStyleClass().add("screen");
        right.setMinWidth(0);
        BorderPane main = new BorderPane(right);
        main.setLeft(setupPanel);
        main.visibleProperty().bind(vm.datasetProperty().isNotNull());
        StackPane none = noDataset(samples, openSample, goToData);
        none.visibleProperty().bind(vm.datasetProperty().isNull());
        getChildren().addAll(main, none);
    }

    private VBox header() {
        Label name = new Label();
        name.getStyleClass().add(Styles.TITLE_3);
        name.textProperty().bind(vm.datasetProperty().map(d -> "Copy · " + d.entry().name()).orElse(""));
        Label kept = new Label();
        kept.setId("copy-kept-summary");
        kept.getStyleClass().add("muted");
        kept.setWrapText(true);
        kept.textProperty().bind(vm.keptSummaryProperty());
        kept.visibleProperty().bind(vm.keptSummaryProperty().isNotEmpty());
        kept.managedProperty().bind(kept.visibleProperty());
        Label stale = new Label("The inputs changed since these models were trained. Press Train to bring them up to date.");
        stale.setId("copy-stale");
        stale.getStyleClass().add("stale-mark");
        stale.setWrapText(true);
        stale.visibleProperty().bind(vm.staleProperty().and(vm.busyProperty().not()));
        stale.managedProperty().bind(stale.visibleProperty());
        return new VBox(4, name, kept, stale);
    }

    private javafx.scene.Node results() {
        CopyModelCards cards = new CopyModelCards(vm);
        cards.visibleProperty().bind(Bindings.isNotEmpty(vm.models()).and(vm.busyProperty().not()));
        cards.managedProperty().bind(cards.visibleProperty());
        ConfusionPane confusion = new ConfusionPane(vm);
        confusion.visibleProperty().bind(vm.resultProperty().isNotNull().and(vm.busyProperty().not()));
        confusion.managedProperty().bind(confusion.visibleProperty());
        var curves = CopyCurveCharts.create(vm.curves(), "copy-result");
        curves.visibleProperty().bind(confusion.visibleProperty());
        curves.managedProperty().bind(curves.visibleProperty());
        training.visibleProperty().bind(vm.busyProperty());
        training.managedProperty().bind(training.visibleProperty());
        EmptyCard keptOnly = new EmptyCard("copy-kept-only", 8, title("Models kept from an earlier run"),
                muted("The playground and the batch use them now. Train again to see the curves and the confusion matrix."));
        keptOnly.visibleProperty().bind(vm.resultProperty().isNull().and(Bindings.isNotEmpty(vm.models())).and(vm.busyProperty().not()));
        keptOnly.managedProperty().bind(keptOnly.visibleProperty());
        EmptyCard placeholder = new EmptyCard("copy-placeholder", 10, title("No model yet"),
                muted("Pick the text and the label columns and press Train. A self-attention model and a TF-IDF baseline "
                        + "learn side by side from the same texts, so you see whether attention earns its keep. Every "
                        + "figure is measured on held-out texts."));
        placeholder.visibleProperty().bind(Bindings.isEmpty(vm.models()).and(vm.busyProperty().not()));
        placeholder.managedProperty().bind(placeholder.visibleProperty());
        VBox box = new VBox(12, training, placeholder, keptOnly, cards, confusion, curves);
        return scroll(box);
    }

    private StackPane noDataset(List<SampleCatalog.Sample> samples, Consumer<SampleCatalog.Sample> openSample, Runnable goToData) {
        VBox buttons = new VBox(6);
        buttons.setAlignment(Pos.CENTER_LEFT);
        for (int i = 0; i < samples.size(); i++) {
            SampleCatalog.Sample s = samples.get(i);
            Button b = new Button("Open sample: " + s.title());
            b.setId("copy-sample-" + i);
            b.setTooltip(new javafx.scene.control.Tooltip(s.description()));
            b.setOnAction(e -> openSample.accept(s));
            buttons.getChildren().add(b);
        }
        Button go = new Button("Go to the Data screen");
        go.setId("copy-go-to-data");
        go.getStyleClass().add(samples.isEmpty() ? Styles.ACCENT : Styles.FLAT);
        go.setOnAction(e -> goToData.run());
        StackPane pane = new StackPane(new EmptyCard("copy-no-dataset", 12, title("No labelled copy open"),
                muted("Open a CSV of texts with a label (spam or not, great or not, …) on the Data screen. The Copy "
                        + "screen learns from the dataset open there."
                        + (samples.isEmpty() ? "" : " Or start with a sample:")), buttons, go));
        pane.getStyleClass().add("screen");
        return pane;
    }

    private static Tab tab(String id, String name, javafx.scene.Node content) {
        Tab t = new Tab(name, content);
        t.setId(id);
        return t;
    }

    private static ScrollPane scroll(javafx.scene.Node content) {
        ScrollPane s = new ScrollPane(content);
        s.setFitToWidth(true);
        s.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        s.getStyleClass().addAll("edge-to-edge", "copy-scroll");
        return s;
    }

    public TabPane tabs() { return tabs; }
    public void setExportFileChooser(Function<String, Path> chooser) { batch.setSaveChooser(chooser); }
    public void setBatchFileChooser(java.util.function.Supplier<Path> chooser) { batch.setOpenChooser(chooser); }
    public void setTestFileChooser(java.util.function.Supplier<Path> chooser) { setupPanel.setTestFileChooser(chooser); }
}
