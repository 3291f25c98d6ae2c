package com.mstudio.ui.shell;

/** The studio's areas in the sidebar. Only the ones marked available have a screen yet. */
public enum Area {
    DATA("Data", "Import and inspect customer tables", true),
    SEGMENTS("Segments", "Find customer groups and describe them", true),
    PROPENSITY("Propensity", "Predict who will churn or buy, and why", true),
    CREATIVES("Creatives", "Generate ad images", true),
    COPY("Copy", "Classify and explain ad copy", true);

    private final String title;
    private final String hint;
    private final boolean available;

    Area(String title, String hint, boolean available) {
        this.title = title;
        this.hint = hint;
        this.available = available;
    }

    public String title() { return title; }
    public String hint() { return hint; }
    public boolean available() { return available; }
}
