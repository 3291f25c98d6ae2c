package com.mstudio.ui.segments;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One column in the setup's feature checklist.
 *
 * @see SegmentSetupViewModel
 */
public final class FeatureChoice {
    private final String column;
    private final String kind;
    private final boolean suggested;
    private final BooleanProperty selected = new SimpleBooleanProperty();

    FeatureChoice(String column, String kind, boolean suggested) {
        this.column = column;
        this.kind = kind;
        this.suggested = suggested;
        selected.set(suggested);
    }

    public String column() { return column; }
    /** "number", "category", "yes/no"…, shown muted next to the name. */
    public String kind() { return kind; }
    /** Whether the engine proposes it by default (numeric or low-cardinality, not an identifier or personal data). */
    public boolean suggested() { return suggested; }
    public BooleanProperty selectedProperty() { return selected; }
}
