package com.mstudio.engine.creative;

import com.mstudio.engine.api.CreativeFavourite;
import com.mstudio.engine.api.CreativeModel;
import com.mstudio.engine.api.CreativeQuality;
import com.mstudio.engine.api.CreativeRequest;
import com.mstudio.engine.api.CreativeService;
import com.mstudio.engine.api.CreativeTrainingResult;
import com.mstudio.engine.api.GeneratedImage;
import com.mstudio.engine.api.ImageService;
import com.mstudio.engine.api.KeptModels;
import com.mstudio.engine.api.ImageSet;
import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.JobRunner;
import com.mstudio.engine.api.Lane;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.api.Workspace;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * {@link CreativeService} for the UI and the CLI. Training and every generation run on the engine lane; a model's
 * networks are restored from its bytes once and kept for the next grid (restoring a DCGAN takes longer than drawing a
 * 10×10 grid from it). Files are plain calls the caller runs on an I/O worker.
 */
public final class DefaultCreativeService implements CreativeService {
    /** Restored models kept; the user switches between a few at most. */
    static final int CACHED_MODELS = 4;
    static final int MAX_TILES = 1_024;

    private final JobRunner jobs;
    private final CreativeTrainer trainer;
    private final CreativeStore store;
    private final FidQuality quality = new FidQuality();
    /** Keyed by the model's network bytes (identity: the same loaded model), engine thread only. */
    private final Map<byte[], GenerativeNetwork> restored = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<byte[], GenerativeNetwork> eldest) {
            return size() > CACHED_MODELS;
        }
    };

    public DefaultCreativeService(JobRunner jobs, ImageService images) {
        this.jobs = Objects.requireNonNull(jobs);
        this.store = new CreativeStore(Objects.requireNonNull(images));
        this.trainer = new CreativeTrainer(quality);
    }

    @Override
    public JobHandle<CreativeTrainingResult> train(ImageSet images, CreativeRequest request, Executor events,
                                                   JobListener<? super CreativeTrainingResult> listener) {
        Objects.requireNonNull(images);
        Objects.requireNonNull(request);
        return jobs.submit("Train a " + request.preset().title() + " on " + images.name(), Lane.ENGINE,
                ctx -> trainer.train(images, request, ctx), events, listener);
    }

    @Override
    public JobHandle<List<GeneratedImage>> generate(CreativeModel model, int count, long seed, int classIndex,
                                                    Executor events, JobListener<? super List<GeneratedImage>> listener) {
        checkCount(count);
        checkClass(model, classIndex);
        return jobs.submit("Generate " + count + " images", Lane.ENGINE,
                ctx -> TileRenderer.fromSeeds(network(model), count, seed, classIndex), events, listener);
    }

    @Override
    public JobHandle<List<GeneratedImage>> variations(CreativeModel model, GeneratedImage of, int count, double spread,
                                                      long seed, Executor events,
                                                      JobListener<? super List<GeneratedImage>> listener) {
        checkCount(count);
        checkLatent(model, of);
        float[][] latents = LatentMath.variations(of.latent(), count, spread, seed);
        return jobs.submit("Make " + count + " variations", Lane.ENGINE,
                ctx -> TileRenderer.render(network(model), latents, filled(count, -1L), classes(count, of.classIndex())),
                events, listener);
    }

    @Override
    public JobHandle<List<GeneratedImage>> interpolate(CreativeModel model, GeneratedImage from, GeneratedImage to,
                                                       int frames, Executor events,
                                                       JobListener<? super List<GeneratedImage>> listener) {
        checkCount(frames);
        checkLatent(model, from);
        checkLatent(model, to);
        float[][] latents = LatentMath.interpolate(from.latent(), to.latent(), frames);
        long[] seeds = filled(frames, -1L);
        seeds[0] = from.seed(); // the ends are the picked tiles themselves
        seeds[frames - 1] = to.seed();
        int[] classes = new int[frames];
        // A conditional model keeps the first tile's class for the first half, the second's after: the class is
        // not a continuous input, and the strip should end on the picked tiles.
        for (int f = 0; f < frames; f++) classes[f] = f < frames / 2.0 ? from.classIndex() : to.classIndex();
        return jobs.submit("Interpolate " + frames + " frames", Lane.ENGINE,
                ctx -> TileRenderer.render(network(model), latents, seeds, classes), events, listener);
    }

    @Override
    public JobHandle<List<GeneratedImage>> decode(CreativeModel model, List<float[]> latents, int classIndex,
                                                  Executor events, JobListener<? super List<GeneratedImage>> listener) {
        checkCount(latents.size());
        checkClass(model, classIndex);
        float[][] z = new float[latents.size()][];
        for (int i = 0; i < z.length; i++) {
            z[i] = latents.get(i).clone();
            if (z[i].length != model.latentSize()) {
                throw new IllegalArgumentException("latent " + i + " has " + z[i].length + " values; the model takes "
                        + model.latentSize());
            }
        }
        int cls = model.conditional() ? Math.max(0, classIndex) : -1;
        return jobs.submit("Decode " + z.length + " latents", Lane.ENGINE,
                ctx -> TileRenderer.render(network(model), z, filled(z.length, -1L), classes(z.length, cls)),
                events, listener);
    }

    @Override
    public JobHandle<CreativeQuality> quality(CreativeModel model, ImageSet realImages, Executor events,
                                              JobListener<? super CreativeQuality> listener) {
        Objects.requireNonNull(model);
        Objects.requireNonNull(realImages);
        if (!realImages.shape().equals(model.shape())) {
            throw new StudioException("The model makes " + model.shape().describe() + " images; \"" + realImages.name()
                    + "\" holds " + realImages.shape().describe() + " ones. Import them at the model's size.");
        }
        // The classifier learns from the same real images the generator is compared with: there is no training set
        // here, and its features only need to tell the set's kinds of image apart.
        return jobs.submit("Measure the quality of " + model.name(), Lane.ENGINE,
                ctx -> quality.score(network(model), realImages, realImages, model.request().seed(), ctx), events, listener);
    }

    @Override
    public void save(CreativeModel model, Path file) {
        CreativeModelFiles.save(model, file);
    }

    @Override
    public CreativeModel weightsOnly(CreativeModel model) {
        // Restoring the networks is ND4J work, so it runs on the engine thread like every other model call.
        return jobs.submit("Store the model without its training state", ctx -> CreativeModelFiles.weightsOnly(model)).await();
    }

    @Override
    public CreativeModel load(Path file) {
        return CreativeModelFiles.load(file);
    }

    @Override
    public List<CreativeModel> demoModels(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) return List.of();
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> found = Files.newDirectoryStream(folder, "*.creative.zip")) {
            found.forEach(files::add);
        } catch (IOException e) {
            throw new StudioException("Could not list the demo models: " + e.getMessage(), folder, -1, null, e);
        }
        files.sort(Comparator.comparing(f -> f.getFileName().toString())); // the shipper's order: the first opens a demo
        List<CreativeModel> models = new ArrayList<>();
        for (Path f : files) models.add(CreativeModelFiles.load(f)); // a damaged shipped model is a bug: say so
        return models;
    }

    @Override
    public String keep(Workspace workspace, CreativeModel model) {
        return store.keep(workspace, model);
    }

    @Override
    public KeptModels<CreativeModel> kept(Workspace workspace) {
        return store.kept(workspace);
    }

    @Override
    public CreativeFavourite addFavourite(Workspace workspace, String modelName, GeneratedImage image) {
        return store.addFavourite(workspace, modelName, image);
    }

    @Override
    public void removeFavourite(Workspace workspace, String id) {
        store.removeFavourite(workspace, id);
    }

    @Override
    public List<CreativeFavourite> favourites(Workspace workspace) {
        return store.favourites(workspace);
    }

    /** The model's networks, restored once (engine thread). */
    private GenerativeNetwork network(CreativeModel model) {
        GenerativeNetwork net = restored.get(model.networks());
        if (net == null) {
            net = GenerativeNetworks.restore(model.request(), model.shape(), model.classes().size(), model.networks());
            restored.put(model.networks(), net);
        }
        return net;
    }

    private static void checkCount(int count) {
        if (count < 1 || count > MAX_TILES) throw new IllegalArgumentException("ask for 1.." + MAX_TILES + " images");
    }

    private static void checkClass(CreativeModel model, int classIndex) {
        if (classIndex >= model.classes().size() || (!model.conditional() && classIndex >= 0)) {
            throw new StudioException(model.conditional()
                    ? "The model knows " + model.classes().size() + " classes; class " + classIndex + " is not one of them."
                    : "The model \"" + model.name() + "\" was not trained per class, so it cannot make one class.");
        }
    }

    private static void checkLatent(CreativeModel model, GeneratedImage image) {
        if (image.latent() == null || image.latent().length != model.latentSize()) {
            throw new StudioException("This image was not made by \"" + model.name() + "\" (its latent does not fit).");
        }
    }

    private static long[] filled(int n, long value) {
        long[] a = new long[n];
        java.util.Arrays.fill(a, value);
        return a;
    }

    private static int[] classes(int n, int value) {
        int[] a = new int[n];
        java.util.Arrays.fill(a, value);
        return a;
    }
}
