package com.mstudio.ui;

import com.mstudio.ui.common.UiBridge;
import com.mstudio.ui.common.UiMemory;
import com.mstudio.ui.creatives.CreativesView;
import com.mstudio.ui.creatives.CreativesViewModel;
import com.mstudio.ui.data.DataView;
import com.mstudio.ui.data.DataViewModel;
import com.mstudio.ui.data.ExportViewModel;
import com.mstudio.ui.data.PersonalDataViewModel;
import com.mstudio.ui.data.ProfileViewModel;
import com.mstudio.ui.data.ReportViewModel;
import com.mstudio.ui.copy.CopyView;
import com.mstudio.ui.copy.CopyViewModel;
import com.mstudio.ui.propensity.PropensityView;
import com.mstudio.ui.propensity.PropensityViewModel;
import com.mstudio.ui.segments.SegmentExportViewModel;
import com.mstudio.ui.segments.SegmentsView;
import com.mstudio.ui.segments.SegmentsViewModel;
import com.mstudio.ui.shell.Area;
import com.mstudio.ui.shell.EngineViewModel;
import com.mstudio.ui.shell.MainWindow;
import com.mstudio.ui.shell.MainWindowViewModel;
import com.mstudio.ui.shell.StatusBarViewModel;
import com.mstudio.ui.shell.Theme;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/**
 * The UI's composition root: builds every view model and view from the {@link UiServices} by constructor
 * injection. The app constructs it on the FX thread (see {@link StudioApplication}); tests construct it directly.
 * It restores what the workspace remembers (area, tab, theme, the active dataset), so the app reopens as it was left.
 */
public final class StudioUi {
    public static final double MIN_WIDTH = 1024;
    public static final double MIN_HEIGHT = 640;

    private final MainWindowViewModel window;
    private final StatusBarViewModel status;
    private final EngineViewModel engine;
    private final DataViewModel data;
    private final PersonalDataViewModel personalData;
    private final ExportViewModel export;
    private final MainWindow root;
    private final DataView dataView;
    private final SegmentsViewModel segments;
    private final SegmentsView segmentsView;
    private final PropensityViewModel propensity;
    private final PropensityView propensityView;
    private final CopyViewModel copy;
    private final CopyView copyView;
    private final CreativesViewModel creatives;
    private final CreativesView creativesView;

    /** Must run on the FX thread. */
    private final java.util.List<String> openingNotices;

    public StudioUi(UiServices services) {
        this(services, UiBridge.fx());
    }

    StudioUi(UiServices services, UiBridge bridge) {
        window = new MainWindowViewModel(services.workspaceName());
        status = new StatusBarViewModel(services.jobs(), bridge);
        engine = new EngineViewModel(services.diagnostics(), bridge);
        data = new DataViewModel(services.importer(), services.workspace(), bridge, services.samples());
        openingNotices = services.workspace().notices();
        personalData = new PersonalDataViewModel(services.workspace(), data);
        export = new ExportViewModel(services.exports(), bridge, data);
        ProfileViewModel profile = new ProfileViewModel(services.profiles(), bridge);
        // The Segments screen works on the Data screen's dataset: it follows the dataset shown there.
        segments = new SegmentsViewModel(services.segments(), services.importer(), services.workspace(), bridge,
                data.datasetProperty());
        // The Propensity screen trains on the same dataset; scoring opens the scored copy on the Data screen.
        propensity = new PropensityViewModel(services.propensity(), services.exports(), services.workspace(), services.jobs(), bridge,
                data.datasetProperty(), data::openDataset);
        // The Copy screen learns from the same dataset too.
        copy = new CopyViewModel(services.copy(), services.importer(), services.exports(), services.workspace(),
                services.jobs(), bridge, data.datasetProperty());
        remember(new UiMemory(services.workspace()));
        dataView = new DataView(data, profile, new ReportViewModel(), personalData, export);
        data.datasetProperty().addListener((o, was, now) ->
                window.datasetNameProperty().set(now == null ? "" : now.entry().name()));
        segmentsView = new SegmentsView(segments, new SegmentExportViewModel(services.segments(), bridge,
                segments.resultProperty()), () -> window.select(Area.DATA));
        propensityView = new PropensityView(propensity, () -> window.select(Area.DATA));
        copyView = new CopyView(copy, SampleCatalog.copySamples(services.samples()), s -> {
            window.select(Area.DATA);
            data.openSample(s);
        }, () -> window.select(Area.DATA));
        // The Creatives screen has its own image sets; it shares only the engine and the workspace.
        creatives = services.creatives() == null ? null
                : new CreativesViewModel(services.creatives(), services.jobs(), services.workspace(), bridge);
        creativesView = creatives == null ? null : new CreativesView(creatives);
        root = new MainWindow(window, status, engine, data, dataView, segmentsView, propensityView, copyView,
                creativesView != null ? creativesView : new com.mstudio.ui.common.EmptyCard("creatives-missing", 8,
                        com.mstudio.ui.common.Labels.title("Creatives are not part of this build"),
                        com.mstudio.ui.common.Labels.muted("The image engine (GAN/VAE) was not given to the window.")));
        status.start();
        data.reopen();
        if (creatives != null) {
            // The Creatives screen reads its models (and makes a demo grid on the engine) only once it is first
            // shown: a user who never opens it pays nothing at start-up.
            if (window.areaProperty().get() == Area.CREATIVES) {
                creatives.start();
            } else {
                window.areaProperty().addListener(new javafx.beans.value.ChangeListener<Area>() {
                    @Override public void changed(javafx.beans.value.ObservableValue<? extends Area> o, Area was, Area now) {
                        if (now != Area.CREATIVES) return;
                        window.areaProperty().removeListener(this);
                        creatives.start();
                    }
                });
            }
        }
    }

    /** Restores the remembered UI state, then writes every later change back (the workspace autosaves it). */
    private void remember(UiMemory memory) {
        data.dataTabProperty().set(memory.get("dataTab", "rows"));
        segments.chartTabProperty().set(memory.get("segmentsChart", "sizes"));
        window.darkProperty().set("dark".equals(memory.get("theme", "light")));
        try {
            window.select(Area.valueOf(memory.get("area", Area.DATA.name())));
        } catch (IllegalArgumentException unknown) {
            // An area this version does not have (a newer app wrote it): stay on the default.
        }
        data.dataTabProperty().addListener((o, was, now) -> memory.put("dataTab", now));
        segments.chartTabProperty().addListener((o, was, now) -> memory.put("segmentsChart", now));
        window.darkProperty().addListener((o, was, dark) -> memory.put("theme", dark ? "dark" : "light"));
        window.areaProperty().addListener((o, was, now) -> memory.put("area", now.name()));
    }

    /** A scene with the studio's stylesheet, at a size that suits a laptop (1280×800) and grows well. */
    public Scene createScene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        Theme.install(scene);
        // Ctrl+O (Cmd+O on macOS) opens a file from anywhere, as in every desktop app.
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), () -> {
            if (data.canOpen()) {
                window.select(com.mstudio.ui.shell.Area.DATA);
                dataView.chooseFile();
            }
        });
        return scene;
    }

    /** Puts the UI on {@code stage} and shows it. */
    public void show(Stage stage) {
        Theme.apply(window.darkProperty().get());
        window.darkProperty().addListener((o, was, dark) -> Theme.apply(dark));
        stage.setScene(createScene(1280, 800));
        stage.titleProperty().bind(window.titleProperty());
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        for (int size : new int[] {32, 64, 256}) { // the window manager picks the size it needs (taskbar, switcher)
            var icon = StudioUi.class.getResource("/assets/icons/studio-" + size + ".png");
            if (icon != null) stage.getIcons().add(new javafx.scene.image.Image(icon.toExternalForm()));
        }
        stage.show();
        if (!openingNotices.isEmpty()) {
            // e.g. the last workspace was damaged and restored from its backup: say so once, over the window.
            var alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION,
                    String.join("\n\n", openingNotices));
            alert.setTitle("Marketing Studio");
            alert.setHeaderText("About your workspace");
            alert.initOwner(stage);
            alert.show();
        }
    }

    public MainWindow root() { return root; }
    public MainWindowViewModel window() { return window; }
    public DataViewModel data() { return data; }
    public DataView dataView() { return dataView; }
    public PersonalDataViewModel personalData() { return personalData; }
    public ExportViewModel export() { return export; }
    public StatusBarViewModel status() { return status; }
    public SegmentsViewModel segments() { return segments; }
    public SegmentsView segmentsView() { return segmentsView; }
    public EngineViewModel engine() { return engine; }
    public PropensityViewModel propensity() { return propensity; }
    public PropensityView propensityView() { return propensityView; }
    public CopyViewModel copy() { return copy; }
    public CopyView copyView() { return copyView; }
    /** The Creatives screen's state, or null when the services did not include it. */
    public CreativesViewModel creatives() { return creatives; }
    public CreativesView creativesView() { return creativesView; }
}
