package com.mstudio.ui.segments;

import com.mstudio.engine.api.SegmentationResult;
import com.mstudio.ui.common.Formats;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;

/**
 * Which segment the user clicked (in a chart or the list; -1 for none) and the rows of the customer table that
 * belong to it. Every chart highlights the selected segment; a new result clears the selection.
 */
public final class SegmentSelection {
    private final ObservableValue<SegmentationResult> result;
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    /** Row indices of the segmented table to show: the members of the selected segment, or every row. */
    private final SimpleObjectProperty<int[]> rows = new SimpleObjectProperty<>(new int[0]);
    private final SimpleStringProperty summary = new SimpleStringProperty("");

    SegmentSelection(ObservableValue<SegmentationResult> result) {
        this.result = result;
        result.addListener((o, was, now) -> {
            // A renamed result has the same segments: keep the user's filter.
            boolean sameSegments = was != null && now != null && onlyNamesDiffer(was, now);
            if (!sameSegments || selected.get() >= now.k()) selected.set(-1);
            update();
        });
        selected.addListener((o, was, now) -> update());
        update();
    }

    /** Shows the members of segment {@code id}; -1 (or the selected one again, from a chart click) shows everyone. */
    public void select(int id) {
        SegmentationResult r = result.getValue();
        selected.set(r == null || id < 0 || id >= r.k() ? -1 : id);
    }

    public void showAll() {
        selected.set(-1);
    }

    private void update() {
        SegmentationResult r = result.getValue();
        if (r == null) {
            rows.set(new int[0]);
            summary.set("");
            return;
        }
        int total = r.assignments().length;
        int id = selected.get();
        if (id < 0) {
            rows.set(null);
            summary.set("Showing all " + Formats.count(total) + " customers");
            return;
        }
        int[] a = r.assignments();
        int n = 0;
        for (int s : a) if (s == id) n++;
        int[] members = new int[n];
        for (int i = 0, j = 0; i < a.length; i++) if (a[i] == id) members[j++] = i;
        rows.set(members);
        summary.set("Showing " + Formats.count(n) + " of " + Formats.count(total) + " customers in "
                + r.model().segmentNames().get(id));
    }

    /** Whether {@code now} is {@code was} with other segment names (a rename), not a new segmentation. */
    static boolean onlyNamesDiffer(SegmentationResult was, SegmentationResult now) {
        if (was == null || now == null || was.k() != now.k()) return false;
        for (int i = 0; i < was.k(); i++) {
            com.mstudio.engine.api.SegmentProfile a = was.profiles().get(i), b = now.profiles().get(i);
            if (a.size() != b.size() || !a.description().equals(b.description())) return false;
        }
        return java.util.Arrays.equals(was.assignments(), now.assignments());
    }

    /** -1 when no segment is selected. */
    public IntegerProperty selectedProperty() { return selected; }
    /** The rows to show, or null for every row of the segmented table. */
    public ReadOnlyObjectProperty<int[]> rowsProperty() { return rows; }
    /** "Showing 1,203 of 7,043 customers in Loyal families", or "Showing all 7,043 customers". */
    public ReadOnlyStringProperty summaryProperty() { return summary; }
}
