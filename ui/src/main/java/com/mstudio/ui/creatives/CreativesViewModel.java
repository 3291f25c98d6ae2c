package com.mstudio.ui.creatives;

import com.mstudio.engine.api.CreativeModel;
import com.mstudio.engine.api.CreativeRequest;
import com.mstudio.engine.api.ImageSet;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.engine.api.JobRunner;
import com.mstudio.engine.api.KeptModels;
import com.mstudio.engine.api.Workspace;
import com.mstudio.ui.common.UiBridge;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;

import java.util.List;
import java.util.Optional;

/**
 * The Creatives screen's state, put together: the image set, the model settings, training, generation, favourites,
 * exports and the ad composer. It wires them: a trained model is kept in the workspace and offered for generating
 * first; the kept and demo models are read (on the I/O lane) when the screen starts. UI thread only.
 */
public final class CreativesViewModel {
    private final CreativeServices services;
    private final Workspace workspace;
    private final IoCalls io;
    private final ImageSetViewModel imageSet;
    private final ModelSetupViewModel setup;
    private final TrainingViewModel training;
    private final GenerationViewModel generation;
    private final LatentMapViewModel latentMap;
    private final FavouritesViewModel favourites;
    private final CreativeExportViewModel export;
    private final AdComposerViewModel composer = new AdComposerViewModel();
    private final SimpleStringProperty modelsNotice = new SimpleStringProperty("");
    private boolean started;

    public CreativesViewModel(CreativeServices services, JobRunner jobs, Workspace workspace, UiBridge bridge) {
        this.services = services;
        this.workspace = workspace;
        this.io = new IoCalls(jobs, bridge);
        imageSet = new ImageSetViewModel(services.images(), bridge);
        setup = new ModelSetupViewModel(imageSet.setProperty());
        generation = new GenerationViewModel(services.creatives(), bridge);
        latentMap = new LatentMapViewModel(services.creatives(), bridge, generation);
        training = new TrainingViewModel(services.creatives(), bridge, this::trained);
        favourites = new FavouritesViewModel(services.creatives(), workspace, io);
        export = new CreativeExportViewModel(services.images(), io);
    }

    /** Reads the favourites and the kept and demo models, once: the window calls it when the screen is first shown. */
    public void start() {
        if (started) return;
        started = true;
        favourites.load();
        io.run("Reading creative models", c -> {
            List<CreativeModel> demos = services.demoModels() == null ? List.of()
                    : services.creatives().demoModels(services.demoModels());
            return new Found(services.creatives().kept(workspace), demos);
        }, (JobOutcome<Found> o) -> {
            if (o instanceof JobOutcome.Succeeded<Found> s) {
                generation.addAll(s.value().kept().models());
                generation.addDemos(s.value().demos());
                if (!s.value().kept().unreadable().isEmpty()) {
                    modelsNotice.set(String.join(" ", s.value().kept().unreadable()));
                }
            } else if (o instanceof JobOutcome.Failed<Found> f) {
                modelsNotice.set("Saved models could not be read: " + f.message());
            }
        });
    }

    /** What the screen finds on disk when it starts: the user's kept models and the shipped demos. */
    private record Found(KeptModels<CreativeModel> kept, List<CreativeModel> demos) {}

    /** Trains with the current settings on the imported set; false (with the setup's problem said) when it cannot. */
    public boolean train() {
        ImageSet set = imageSet.setProperty().get();
        if (set == null || training.busyProperty().get()) return false;
        Optional<CreativeRequest> r = setup.request(set.count());
        if (r.isEmpty()) return false;
        String why = setup.unavailableReason(r.get().preset());
        if (!why.isEmpty()) return false;
        training.train(set, r.get());
        return true;
    }

    private void trained(CreativeModel m) {
        generation.offer(m);
        io.run("Keeping the model", c -> services.creatives().keep(workspace, m), (JobOutcome<String> o) -> {
            if (o instanceof JobOutcome.Failed<String> f) {
                modelsNotice.set("The model is ready, but it could not be saved in the workspace: " + f.message());
            }
        });
    }

    public CreativeServices services() { return services; }
    /** The I/O lane, for the screen's own file and image work. */
    IoCalls io() { return io; }
    public ImageSetViewModel imageSet() { return imageSet; }
    public ModelSetupViewModel setup() { return setup; }
    public TrainingViewModel training() { return training; }
    public GenerationViewModel generation() { return generation; }
    public LatentMapViewModel latentMap() { return latentMap; }
    public FavouritesViewModel favourites() { return favourites; }
    public CreativeExportViewModel export() { return export; }
    public AdComposerViewModel composer() { return composer; }
    /** A problem reading or keeping models, or "". */
    public ReadOnlyStringProperty modelsNoticeProperty() { return modelsNotice; }
}
