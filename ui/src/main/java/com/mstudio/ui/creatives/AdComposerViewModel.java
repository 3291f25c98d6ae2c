package com.mstudio.ui.creatives;

import com.mstudio.engine.api.CreativeModel;
import com.mstudio.engine.api.GeneratedImage;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;

import java.util.regex.Pattern;

/**
 * The ad composer's state: which image, which layout, the headline, the call to action and the brand colours (as
 * "#RRGGBB" so this stays free of scene types). The headline is a plain text field for now; the Copy screen can set
 * it through {@link #useHeadline}. UI thread only.
 */
public final class AdComposerViewModel {
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    private final SimpleObjectProperty<GeneratedImage> image = new SimpleObjectProperty<>();
    private final SimpleStringProperty imageModel = new SimpleStringProperty("");
    private final SimpleObjectProperty<AdFormat> format = new SimpleObjectProperty<>(AdFormat.SQUARE);
    private final SimpleStringProperty headline = new SimpleStringProperty("New season, new favourites");
    private final SimpleStringProperty cta = new SimpleStringProperty("Shop now");
    private final SimpleStringProperty background = new SimpleStringProperty("#F4F1EA");
    private final SimpleStringProperty textColour = new SimpleStringProperty("#1B1B1F");
    private final SimpleStringProperty accent = new SimpleStringProperty("#D1495B");

    /** Puts {@code g} (from {@code model}) on the ad. */
    public void use(GeneratedImage g, CreativeModel model) {
        use(g, model == null ? "" : model.name());
    }

    /** Puts {@code g} on the ad; {@code modelName} names where it came from (a favourite keeps only the name). */
    public void use(GeneratedImage g, String modelName) {
        imageModel.set(modelName == null ? "" : modelName);
        image.set(g);
    }

    /** The seam for the Copy screen: a headline written there lands here. */
    public void useHeadline(String text) {
        headline.set(text == null ? "" : text);
    }

    /** Sets a brand colour if {@code hex} is "#RRGGBB"; anything else is ignored (the picker only makes valid ones). */
    static boolean valid(String hex) {
        return hex != null && HEX.matcher(hex).matches();
    }

    public AdLayout.Result layout(AdLayout.TextMeasure measure) {
        return AdLayout.layout(format.get(), headline.get(), cta.get(), measure);
    }

    public ReadOnlyObjectProperty<GeneratedImage> imageProperty() { return image; }
    /** The name of the model the image came from, or "". */
    public ReadOnlyStringProperty imageModelProperty() { return imageModel; }
    public SimpleObjectProperty<AdFormat> formatProperty() { return format; }
    public SimpleStringProperty headlineProperty() { return headline; }
    public SimpleStringProperty ctaProperty() { return cta; }
    public SimpleStringProperty backgroundProperty() { return background; }
    public SimpleStringProperty textColourProperty() { return textColour; }
    public SimpleStringProperty accentProperty() { return accent; }
}
