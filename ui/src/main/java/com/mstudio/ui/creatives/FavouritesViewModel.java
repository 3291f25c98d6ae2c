package com.mstudio.ui.creatives;

import com.mstudio.engine.api.CreativeFavourite;
import com.mstudio.engine.api.CreativeService;
import com.mstudio.engine.api.GeneratedImage;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.engine.api.Workspace;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * The favourites kept in the workspace (their PNG and JSON in {@code favourites/}): loaded when the screen is built,
 * added with a star, removed with ×. The files are written on the I/O lane; the strip changes once they are. UI
 * thread only.
 */
public final class FavouritesViewModel {
    private final CreativeService service;
    private final Workspace workspace;
    private final IoCalls io;
    private final ObservableList<CreativeFavourite> favourites = FXCollections.observableArrayList();
    private final SimpleStringProperty error = new SimpleStringProperty("");

    FavouritesViewModel(CreativeService service, Workspace workspace, IoCalls io) {
        this.service = service;
        this.workspace = workspace;
        this.io = io;
    }

    /** Reads the workspace's favourites. */
    public void load() {
        io.run("Reading favourites", c -> service.favourites(workspace), (JobOutcome<List<CreativeFavourite>> o) -> {
            if (o instanceof JobOutcome.Succeeded<List<CreativeFavourite>> s) favourites.setAll(s.value());
            else if (o instanceof JobOutcome.Failed<List<CreativeFavourite>> f) error.set("Your favourites could not be read: " + f.message());
        });
    }

    /** Stars {@code image} of the model named {@code modelName}. */
    public void add(String modelName, GeneratedImage image) {
        if (isFavourite(image)) return;
        error.set("");
        io.run("Keeping a favourite", c -> service.addFavourite(workspace, modelName, image), (JobOutcome<CreativeFavourite> o) -> {
            if (o instanceof JobOutcome.Succeeded<CreativeFavourite> s) favourites.add(s.value());
            else if (o instanceof JobOutcome.Failed<CreativeFavourite> f) error.set("The favourite could not be kept: " + f.message());
        });
    }

    public void remove(CreativeFavourite f) {
        error.set("");
        io.run("Removing a favourite", c -> {
            service.removeFavourite(workspace, f.id());
            return f;
        }, (JobOutcome<CreativeFavourite> o) -> {
            if (o instanceof JobOutcome.Succeeded<CreativeFavourite>) favourites.remove(f);
            else if (o instanceof JobOutcome.Failed<CreativeFavourite> x) error.set("The favourite could not be removed: " + x.message());
        });
    }

    /** Whether an image with the same seed, class and pixels is already a favourite (a star shows it filled). */
    public boolean isFavourite(GeneratedImage g) {
        return favourites.stream().anyMatch(f -> f.image().seed() == g.seed() && f.image().classIndex() == g.classIndex()
                && java.util.Arrays.equals(f.image().pixels(), g.pixels()));
    }

    public ObservableList<CreativeFavourite> favourites() { return favourites; }
    public ReadOnlyStringProperty errorProperty() { return error; }
}
