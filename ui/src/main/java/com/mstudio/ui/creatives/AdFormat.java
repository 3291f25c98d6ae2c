package com.mstudio.ui.creatives;

/** The ad layouts the composer offers, at the sizes the ad networks ask for. */
public enum AdFormat {
    SQUARE("Square post", 1080, 1080),
    STORY("Story", 1080, 1920),
    BANNER("Banner", 1200, 628);

    private final String title;
    private final int width;
    private final int height;

    AdFormat(String title, int width, int height) {
        this.title = title;
        this.width = width;
        this.height = height;
    }

    public String title() { return title; }
    public int width() { return width; }
    public int height() { return height; }

    /** "Square post · 1080×1080". */
    public String describe() {
        return title + " · " + width + "×" + height;
    }
}
