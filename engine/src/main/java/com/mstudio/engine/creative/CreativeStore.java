package com.mstudio.engine.creative;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mstudio.engine.api.CreativeFavourite;
import com.mstudio.engine.api.CreativeModel;
import com.mstudio.engine.api.GeneratedImage;
import com.mstudio.engine.api.ImageService;
import com.mstudio.engine.api.KeptModels;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.api.Workspace;
import com.mstudio.engine.data.WriteProblems;
import com.mstudio.engine.store.AtomicFiles;
import com.mstudio.engine.store.Json;
import com.mstudio.engine.store.KeptModelFiles;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Image models and favourites kept in a workspace.
 * <ul>
 * <li>Models: {@code creatives/<id>.creative.zip} ({@link CreativeModelFiles}), listed in the manifest's
 * {@value #EXTENSION} extension as {@code [{id, file, name, createdAt}]}; the list is what counts, so a stray file is
 * never loaded, and a listed file that cannot be read is skipped and named ({@link KeptModels#unreadable()}).</li>
 * <li>Favourites: {@code favourites/<id>.png} (the image, upscaled, with seed, model and date in its metadata, for
 * using outside the studio) and {@code favourites/<id>.json} (the tile itself: seed, class, latent, pixels), so that
 * the studio can make variations of a favourite later.</li>
 * </ul>
 */
final class CreativeStore {
    static final String EXTENSION = "creatives";
    static final String MODELS = "creatives";
    static final String FAVOURITES = "favourites";
    /** Favourite PNGs are written at least this big: a 28-pixel PNG is too small to use anywhere. */
    static final int FAVOURITE_PNG_SIZE = 256;
    private static final ObjectMapper JSON = Json.newMapper();

    private final ImageService images;

    CreativeStore(ImageService images) {
        this.images = images;
    }

    String keep(Workspace ws, CreativeModel model) {
        String id = "cr-" + UUID.randomUUID().toString().substring(0, 8);
        String relative = MODELS + "/" + id + ".creative.zip";
        CreativeModelFiles.save(model, ws.folder().resolve(relative));
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", id);
        entry.put("file", relative);
        entry.put("name", model.name());
        entry.put("createdAt", model.createdAt());
        ws.update(m -> {
            List<Object> all = new ArrayList<>();
            if (m.extensions().get(EXTENSION) instanceof List<?> old) all.addAll(old);
            all.add(entry);
            return m.withExtension(EXTENSION, all);
        });
        return id;
    }

    /** Newest first. */
    KeptModels<CreativeModel> kept(Workspace ws) {
        if (!(ws.manifest().extensions().get(EXTENSION) instanceof List<?> entries)) return KeptModels.none();
        List<CreativeModel> models = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (Object e : entries) {
            Object file = e instanceof Map<?, ?> m ? m.get("file") : null;
            Object name = e instanceof Map<?, ?> m ? m.get("name") : null;
            if (!(file instanceof String f) || f.isBlank()) {
                unreadable.add("The workspace lists an image model without a file; it was skipped.");
                continue;
            }
            try {
                models.add(CreativeModelFiles.load(KeptModelFiles.inside(ws, f)));
            } catch (StudioException ex) {
                unreadable.add("The image model \"" + (name == null ? f : name) + "\" (" + f + ") could not be opened: "
                        + ex.reason());
            }
        }
        models.sort(Comparator.comparing(CreativeModel::createdAt, Comparator.nullsFirst(Comparator.naturalOrder())).reversed());
        return new KeptModels<>(models, unreadable);
    }

    CreativeFavourite addFavourite(Workspace ws, String modelName, GeneratedImage image) {
        String savedAt = Instant.now().toString();
        String id = "fav-" + UUID.randomUUID().toString().substring(0, 8);
        CreativeFavourite favourite = new CreativeFavourite(id, modelName, savedAt, image);
        Path folder = ws.folder().resolve(FAVOURITES);
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put(ImageService.META_SEED, String.valueOf(image.seed()));
        meta.put(ImageService.META_MODEL, modelName);
        meta.put(ImageService.META_CREATED, savedAt);
        meta.put(ImageService.META_SOFTWARE, "Marketing Studio");
        int size = Math.max(FAVOURITE_PNG_SIZE, image.shape().width());
        images.writePng(image.pixels(), image.shape(), size, meta, folder.resolve(id + ".png"));
        Path json = folder.resolve(id + ".json");
        try {
            AtomicFiles.write(json, JSON.writeValueAsBytes(favourite));
        } catch (IOException e) {
            throw new StudioException("Could not keep the favourite. " + WriteProblems.describe(json, e), json, -1, null, e);
        }
        return favourite;
    }

    void removeFavourite(Workspace ws, String id) {
        if (id == null || !id.matches("[A-Za-z0-9_-]+")) throw new IllegalArgumentException("not a favourite's id: " + id);
        Path folder = ws.folder().resolve(FAVOURITES);
        try {
            Files.deleteIfExists(folder.resolve(id + ".json"));
            Files.deleteIfExists(folder.resolve(id + ".png"));
        } catch (IOException e) {
            throw new StudioException("Could not remove the favourite: " + e.getMessage(), folder.resolve(id + ".json"), -1, null, e);
        }
    }

    /** Oldest first. */
    List<CreativeFavourite> favourites(Workspace ws) {
        Path folder = ws.folder().resolve(FAVOURITES);
        if (!Files.isDirectory(folder)) return List.of();
        List<CreativeFavourite> out = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
            for (Path f : files) {
                try {
                    CreativeFavourite fav = JSON.readValue(f.toFile(), CreativeFavourite.class);
                    if (fav.image() == null || fav.image().pixels() == null || fav.image().shape() == null
                            || fav.image().pixels().length != fav.image().shape().size()) {
                        throw new IOException("its image is incomplete");
                    }
                    out.add(fav);
                } catch (IOException | RuntimeException e) {
                    ws.addNotice("The favourite " + f.getFileName() + " could not be read and was skipped.");
                }
            }
        } catch (IOException e) {
            throw new StudioException("Could not list the favourites: " + e.getMessage(), folder, -1, null, e);
        }
        out.sort(Comparator.comparing(CreativeFavourite::savedAt).thenComparing(CreativeFavourite::id));
        return out;
    }
}
