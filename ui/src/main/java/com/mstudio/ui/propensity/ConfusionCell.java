package com.mstudio.ui.propensity;

/** The four cells of a confusion matrix, in words a marketer uses. */
public enum ConfusionCell {
    TRUE_POSITIVE("Flagged, and did", "Hit", true, true),
    FALSE_POSITIVE("Flagged, but did not", "False alarm", true, false),
    FALSE_NEGATIVE("Missed: did, but not flagged", "Missed", false, true),
    TRUE_NEGATIVE("Not flagged, and did not", "Rightly left out", false, false);

    private final String title;
    private final String shortTitle;
    private final boolean predicted;
    private final boolean actual;

    ConfusionCell(String title, String shortTitle, boolean predicted, boolean actual) {
        this.title = title;
        this.shortTitle = shortTitle;
        this.predicted = predicted;
        this.actual = actual;
    }

    public String title() { return title; }
    /** "Hit", "False alarm", "Missed", "Rightly left out": fits in a matrix cell. */
    public String shortTitle() { return shortTitle; }
    /** Whether the model flags these customers (score at or above the threshold). */
    public boolean predicted() { return predicted; }
    /** Whether these customers really are positive. */
    public boolean actual() { return actual; }

    public boolean contains(double score, boolean isPositive, double threshold) {
        return (score >= threshold) == predicted && isPositive == actual;
    }
}
