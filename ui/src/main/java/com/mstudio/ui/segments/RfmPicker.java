package com.mstudio.ui.segments;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One of the three RFM column pickers ("Customer id", "Date", "Amount" or "Recency", "Frequency", "Monetary"). */
public final class RfmPicker {
    private final String label;
    private final StringProperty column = new SimpleStringProperty();

    RfmPicker(String label, String column) {
        this.label = label;
        this.column.set(column);
    }

    public String label() { return label; }
    public StringProperty columnProperty() { return column; }
}
