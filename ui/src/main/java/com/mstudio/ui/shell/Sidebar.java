package com.mstudio.ui.shell;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Navigation: the areas (future ones disabled with a "coming soon" line) and, at the bottom, the "Engine" entry and
 * the theme switch: both are about the app itself rather than the user's data, so they sit apart from the areas.
 */
public final class Sidebar extends VBox {
    public Sidebar(MainWindowViewModel vm, Runnable openEngine) {
        getStyleClass().add("sidebar");
        Label brand = new Label("Marketing Studio");
        brand.getStyleClass().add("brand");
        getChildren().add(brand);
        boolean laterShown = false;
        for (Area a : Area.values()) {
            if (!a.available() && !laterShown) { // one heading over the areas that have no screen yet
                laterShown = true;
                Label later = new Label("COMING SOON");
                later.getStyleClass().add("section");
                getChildren().add(later);
            }
            getChildren().add(button(vm, a));
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        ToggleButton dark = new ToggleButton("Dark theme");
        dark.setId("theme-toggle");
        dark.setMaxWidth(Double.MAX_VALUE);
        dark.selectedProperty().bindBidirectional(vm.darkProperty());
        Button engine = new Button("Engine…");
        engine.setId("engine-button");
        engine.getStyleClass().addAll("nav-button", "engine-button");
        engine.setMaxWidth(Double.MAX_VALUE);
        engine.setTooltip(new Tooltip("How ND4J is set up here, and how fast models train on this machine"));
        engine.setOnAction(e -> openEngine.run());
        VBox.setMargin(dark, new javafx.geometry.Insets(4, 0, 0, 0));
        getChildren().addAll(spacer, engine, dark);
    }

    private static javafx.scene.Node button(MainWindowViewModel vm, Area a) {
        if (!a.available()) {
            // Not a button at all: nothing to click, and a disabled control would show no tooltip. The hint is a
            // visible second line instead.
            Label title = new Label(a.title());
            Label hint = new Label(a.hint().replace(" — coming soon", ""));
            hint.getStyleClass().add("soon");
            hint.setWrapText(true);
            VBox item = new VBox(1, title, hint);
            item.setId("nav-" + a.name().toLowerCase());
            item.getStyleClass().addAll("nav-item", "future");
            item.setDisable(true);
            return item;
        }
        Button b = new Button(a.title());
        b.setId("nav-" + a.name().toLowerCase());
        b.getStyleClass().add("nav-button");
        b.setMaxWidth(Double.MAX_VALUE);
        b.setTooltip(new Tooltip(a.hint()));
        b.setOnAction(e -> vm.select(a));
        Runnable mark = () -> {
            b.getStyleClass().remove("selected");
            if (vm.areaProperty().get() == a) b.getStyleClass().add("selected");
        };
        vm.areaProperty().addListener((o, was, now) -> mark.run());
        mark.run();
        return b;
    }
}
