package com.mstudio.engine.creative;

import com.mstudio.engine.api.CreativeFavourite;
import com.mstudio.engine.api.CreativeModel;
import com.mstudio.engine.api.KeptModels;
import com.mstudio.engine.api.GeneratedImage;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.api.Workspace;
import com.mstudio.engine.creative.images.DefaultImageService;
import com.mstudio.engine.data.pii.DefaultPiiService;
import com.mstudio.engine.runtime.JobEngine;
import com.mstudio.engine.store.WorkspaceStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Kept models and favourites survive closing and reopening the workspace; a damaged one is skipped and named. */
class CreativeStoreTest {
    private static JobEngine engine;
    @TempDir Path home;

    @BeforeAll
    static void start() {
        engine = new JobEngine(new JobEngine.Config(0, false, 2));
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    WorkspaceStore workspaces() {
        return new WorkspaceStore(engine, new DefaultPiiService(), home.resolve(".marketing-studio"),
                home.resolve("MarketingStudio"), "Marketing Studio test");
    }

    CreativeStore store() {
        return new CreativeStore(new DefaultImageService(engine));
    }

    @Test
    void keptModelsComeBackNewestFirstAndADamagedOneIsNamed() throws IOException {
        CreativeModel older = CreativeModelFilesTest.model(false);
        CreativeModel newer = new CreativeModel(1, "icons · Classic GAN · 3 epochs", "2026-11-30T05:00:00Z", "icons",
                older.request(), older.shape(), List.of(), 3, null, List.of(), older.networks());
        Path folder;
        String damagedId;
        try (Workspace ws = workspaces().openLastOrCreate()) {
            folder = ws.folder();
            assertEquals(KeptModels.none(), store().kept(ws));
            store().keep(ws, older);
            store().keep(ws, newer);
            damagedId = store().keep(ws, older);
        }
        Path damaged = folder.resolve("creatives/" + damagedId + ".creative.zip");
        assertTrue(Files.isRegularFile(damaged));
        Files.write(damaged, new byte[]{'P', 'K', 3, 4, 0, 0});
        try (Workspace ws = workspaces().openLastOrCreate()) {
            KeptModels<CreativeModel> kept = store().kept(ws);
            List<CreativeModel> back = kept.models();
            assertEquals(List.of(newer.name(), older.name()), back.stream().map(CreativeModel::name).toList());
            assertArrayEquals(older.networks(), back.get(1).networks());
            assertEquals(1, kept.unreadable().size());
            assertTrue(kept.unreadable().get(0).contains(damagedId) && kept.unreadable().get(0).contains("damaged"), kept.unreadable().toString());
        }
    }

    @Test
    void favouritesKeepTheirImageLatentAndAPngWithMetadata() throws IOException {
        ImageShape shape = ImageShape.GREY_28;
        byte[] pixels = new byte[shape.size()];
        for (int i = 0; i < pixels.length; i++) pixels[i] = (byte) (i % 28 * 9);
        GeneratedImage image = new GeneratedImage(1234, -1, LatentMath.latent(1234, 64), shape, pixels);
        Path folder;
        String firstId;
        try (Workspace ws = workspaces().openLastOrCreate()) {
            folder = ws.folder();
            CreativeFavourite first = store().addFavourite(ws, "Fashion · Classic VAE · 3 epochs", image);
            firstId = first.id();
            store().addFavourite(ws, "Fashion · Classic VAE · 3 epochs", new GeneratedImage(9, -1,
                    LatentMath.latent(9, 64), shape, new byte[shape.size()]));
        }
        Path png = folder.resolve("favourites/" + firstId + ".png");
        BufferedImage read = ImageIO.read(png.toFile());
        assertEquals(CreativeStore.FAVOURITE_PNG_SIZE, read.getWidth());
        String text = new String(Files.readAllBytes(png), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("Seed") && text.contains("1234") && text.contains("Classic VAE"), "PNG text metadata");
        try (Workspace ws = workspaces().openLastOrCreate()) {
            List<CreativeFavourite> favourites = store().favourites(ws);
            assertEquals(2, favourites.size());
            CreativeFavourite back = favourites.get(0);
            assertEquals(firstId, back.id(), "oldest first");
            assertEquals(1234, back.image().seed());
            assertArrayEquals(image.latent(), back.image().latent());
            assertArrayEquals(pixels, back.image().pixels());
            assertEquals(shape, back.image().shape());
            store().removeFavourite(ws, firstId);
            assertEquals(1, store().favourites(ws).size());
            assertFalse(Files.exists(png));
            Files.writeString(folder.resolve("favourites/fav-broken.json"), "{\"id\": ");
            assertEquals(1, store().favourites(ws).size(), "a damaged favourite is skipped");
            assertTrue(ws.notices().stream().anyMatch(n -> n.contains("fav-broken.json")));
        }
    }
}
