package com.mstudio.ui.propensity;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;

/** One column in the Propensity setup's feature checklist, with the leakage warning shown next to it (or ""). */
public final class FeatureOption {
    private final String column;
    private final String kind;
    private final boolean suggested;
    private final BooleanProperty selected = new SimpleBooleanProperty();
    private final SimpleStringProperty warning = new SimpleStringProperty("");

    FeatureOption(String column, String kind, boolean suggested) {
        this.column = column;
        this.kind = kind;
        this.suggested = suggested;
        selected.set(suggested);
    }

    public String column() { return column; }
    /** "integer", "categorical", "boolean"…, shown muted next to the name. */
    public String kind() { return kind; }
    /** Whether the engine proposes it by default. */
    public boolean suggested() { return suggested; }
    public BooleanProperty selectedProperty() { return selected; }
    /** Why this column may give the target away ("…separates churners almost perfectly…"), or "". */
    public ReadOnlyStringProperty warningProperty() { return warning; }

    void warn(String reason) {
        warning.set(reason == null ? "" : reason);
    }
}
