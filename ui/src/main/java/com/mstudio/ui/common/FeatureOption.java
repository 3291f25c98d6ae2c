package com.mstudio.ui.common;

import com.mstudio.engine.api.DataTable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;

import java.util.Locale;

/**
 * One column in a setup's feature checklist (Segments, Propensity): ticked when the engine suggests it, with a warning
 * shown next to it where the screen has one to give (or "").
 */
public final class FeatureOption {
    private final String column;
    private final String kind;
    private final boolean suggested;
    private final BooleanProperty selected = new SimpleBooleanProperty();
    private final SimpleStringProperty warning = new SimpleStringProperty("");

    public FeatureOption(DataTable.ColumnInfo c, boolean suggested) {
        this.column = c.name();
        this.kind = c.type() == null ? "" : c.type().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        this.suggested = suggested;
        selected.set(suggested);
    }

    public String column() { return column; }
    /** The column's type in words ("integer", "categorical", "boolean"…), shown muted next to the name. */
    public String kind() { return kind; }
    /** Whether the engine proposes it by default. */
    public boolean suggested() { return suggested; }
    public BooleanProperty selectedProperty() { return selected; }
    /** Why this column may give the target away ("…separates churners almost perfectly…"), or "". */
    public ReadOnlyStringProperty warningProperty() { return warning; }

    public void warn(String reason) {
        warning.set(reason == null ? "" : reason);
    }
}
