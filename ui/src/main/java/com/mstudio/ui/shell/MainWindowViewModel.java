package com.mstudio.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The window's own state: which area is shown, the theme, and the title (workspace and current dataset). */
public final class MainWindowViewModel {
    private final StringProperty workspaceName = new SimpleStringProperty();
    private final StringProperty datasetName = new SimpleStringProperty("");
    private final ObjectProperty<Area> area = new SimpleObjectProperty<>(Area.DATA);
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final StringBinding title;

    public MainWindowViewModel(String workspaceName) {
        this.workspaceName.set(workspaceName);
        title = Bindings.createStringBinding(() -> {
            String ds = datasetName.get();
            String base = this.workspaceName.get() + " — Marketing Studio";
            return ds == null || ds.isEmpty() ? base : ds + " · " + base;
        }, this.workspaceName, datasetName);
    }

    /** Selects an area; areas that are not built yet are refused, so the sidebar can never show a dead screen. */
    public boolean select(Area a) {
        if (a == null || !a.available()) return false;
        area.set(a);
        return true;
    }

    public ObjectProperty<Area> areaProperty() { return area; }
    public BooleanProperty darkProperty() { return dark; }
    public StringProperty datasetNameProperty() { return datasetName; }
    public StringBinding titleProperty() { return title; }
}
