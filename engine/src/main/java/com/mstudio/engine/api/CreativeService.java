package com.mstudio.engine.api;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Generative models for ad creatives: GANs and VAEs trained on an {@link ImageSet}, and the things a marketer does with
 * them (grids, variations, interpolation, latent sliders, favourites). Training and generating run on the engine thread
 * (every ND4J object lives there); saving and loading are plain calls the caller runs on an I/O worker.
 * Everything is seeded: the same seed and settings give the same weights and the same pixels.
 */
public interface CreativeService {
    /** Live chart series ({@link JobContext#metric}, step = global iteration, each point a mean over a few iterations). */
    String SERIES_DISCRIMINATOR = "loss/discriminator";
    String SERIES_GENERATOR = "loss/generator";
    String SERIES_RECONSTRUCTION = "loss/reconstruction";
    String SERIES_KL = "loss/kl";
    /** The preview grid's diversity (mean pairwise pixel distance, 0..1); a drop warns of mode collapse. */
    String SERIES_DIVERSITY = "preview/diversity";

    /** {@link JobContext#preview} kinds while training. */
    String PREVIEW_GRID = "creative/grid";         // payload: PreviewGrid
    String PREVIEW_WARNING = "creative/warning";   // payload: CreativeTrainingResult.TrainingWarning
    String PREVIEW_CHECKPOINT = "creative/checkpoint"; // payload: CreativeModel (the model as of the finished epoch)

    /**
     * A live preview: always decoded from the same fixed latents (drawn from the request's seed), so the user sees
     * the same tiles improve.
     */
    record PreviewGrid(long iteration, int epoch, List<GeneratedImage> tiles) {
        public PreviewGrid {
            tiles = List.copyOf(tiles);
        }
    }

    /**
     * Trains {@code request.preset()} on {@code images} (which must match a shape the preset supports). Holds out
     * {@code request.heldOutShare()} of the images (seeded, per class), reports losses, preview grids every
     * {@code previewEvery} iterations, warnings, and a checkpoint after each epoch; at the end measures the quality
     * against the held-out images. Cancel keeps the last checkpoint (the job then succeeds with
     * {@link CreativeTrainingResult#cancelled()} true); cancelling before the first epoch ends gives CANCELLED.
     */
    JobHandle<CreativeTrainingResult> train(ImageSet images, CreativeRequest request, Executor events,
                                            JobListener<? super CreativeTrainingResult> listener);

    /**
     * {@code count} fresh images; tile i has seed {@code seed + i} and its latent is drawn from that seed alone, so
     * "Regenerate" can move on by {@code seed + count} and any single tile can be made again from its seed.
     *
     * @param classIndex the class for a conditional model, or -1 (a conditional model then cycles through classes)
     */
    JobHandle<List<GeneratedImage>> generate(CreativeModel model, int count, long seed, int classIndex,
                                             Executor events, JobListener<? super List<GeneratedImage>> listener);

    /**
     * {@code count} images near {@code of}: its latent plus seeded Gaussian noise of standard deviation
     * {@code spread} (0.1 subtle .. 1 very different); the same class.
     */
    JobHandle<List<GeneratedImage>> variations(CreativeModel model, GeneratedImage of, int count, double spread,
                                               long seed, Executor events,
                                               JobListener<? super List<GeneratedImage>> listener);

    /** {@code frames} images from {@code from} to {@code to} (both included) along the spherical path between latents. */
    JobHandle<List<GeneratedImage>> interpolate(CreativeModel model, GeneratedImage from, GeneratedImage to, int frames,
                                                Executor events, JobListener<? super List<GeneratedImage>> listener);

    /**
     * Decodes given latents (latent sliders, 2-D latent maps). Each result's seed is -1 (made by hand).
     *
     * @param classIndex for a conditional model, else -1
     */
    JobHandle<List<GeneratedImage>> decode(CreativeModel model, List<float[]> latents, int classIndex,
                                           Executor events, JobListener<? super List<GeneratedImage>> listener);

    /** The quality score of {@code model} against {@code realImages} (see {@link CreativeQuality}). */
    JobHandle<CreativeQuality> quality(CreativeModel model, ImageSet realImages, Executor events,
                                       JobListener<? super CreativeQuality> listener);

    /** Writes the model as one zip (networks + versioned JSON sidecar), atomically. */
    void save(CreativeModel model, Path file);

    /**
     * The same model with its networks stored without the optimiser's state: a third of the size, the same images,
     * for models shipped only to generate from (the demo models). Training can still go on from it, with the optimiser
     * starting afresh. Restores the networks once on the engine thread and waits for it, so never call it from the UI thread.
     */
    CreativeModel weightsOnly(CreativeModel model);

    /** @throws StudioException naming the file when it is missing, not a model, damaged or from a newer version */
    CreativeModel load(Path file);

    /**
     * The pretrained demo models shipped in {@code folder} (assets/models/*.creative.zip) in file-name order, so the
     * shipper decides which one a demo opens with (the first); none → empty.
     */
    List<CreativeModel> demoModels(Path folder);

    /** Keeps the model in the workspace ({@code creatives/<id>.creative.zip}); returns its id. */
    String keep(Workspace workspace, CreativeModel model);

    /** The kept models that could be read, newest first, and a sentence for each kept file that could not. */
    KeptModels<CreativeModel> kept(Workspace workspace);

    /** Adds a favourite (its PNG and JSON go into {@code favourites/}); returns it with its id. */
    CreativeFavourite addFavourite(Workspace workspace, String modelName, GeneratedImage image);

    void removeFavourite(Workspace workspace, String id);

    /** Favourites, oldest first. */
    List<CreativeFavourite> favourites(Workspace workspace);
}
