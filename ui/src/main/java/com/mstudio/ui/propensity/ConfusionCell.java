package com.mstudio.ui.propensity;

/** The four cells of a confusion matrix, in words a marketer uses. */
public enum ConfusionCell {
    TRUE_POSITIVE("Flagged, and did", true, true),
    FALSE_POSITIVE("Flagged, but did not", true, false),
    FALSE_NEGATIVE("Missed: did, but not flagged", false, true),
    TRUE_NEGATIVE("Not flagged, and did not", false, false);

    private final String title;
    private final boolean predicted;
    private final boolean actual;

    ConfusionCell(String title, boolean predicted, boolean actual) {
        this.title = title;
        this.predicted = predicted;
        this.actual = actual;
    }

    public String title() { return title; }
    /** Whether the model flags these customers (score at or above the threshold). */
    public boolean predicted() { return predicted; }
    /** Whether these customers really are positive. */
    public boolean actual() { return actual; }

    public boolean contains(double score, boolean isPositive, double threshold) {
        return (score >= threshold) == predicted && isPositive == actual;
    }
}
