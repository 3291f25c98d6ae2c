package com.mstudio.engine.creative.images;

import com.mstudio.engine.api.ImageSet;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.api.PlainJobContext;
import com.mstudio.engine.runtime.JobEngine;
import com.mstudio.engine.testsupport.ImageSamples;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.*;

/** The shipped image samples load with the right counts, classes and pixels. */
class SampleImagesTest {
    @Test
    void fashionSampleHasFiveHundredOfEachClassWithTheirNames() throws Exception {
        ImageSet set = ImageSamples.fashion(0);
        assertEquals(5_000, set.count());
        assertEquals(ImageShape.GREY_28, set.shape());
        assertEquals(IdxImages.FASHION_CLASSES, set.classes());
        assertArrayEquals(filled(10, 500), perClass(set));
        assertTrue(set.problems().isEmpty());
        assertEquals("train-images-idx3-ubyte.gz#0", set.sources().get(0));
        // 28×28 grey needs no resizing: the bytes are the file's own, image for image.
        byte[] file;
        try (var in = new GZIPInputStream(Files.newInputStream(ImageSamples.FASHION.resolve("train-images-idx3-ubyte.gz")))) {
            file = in.readAllBytes();
        }
        assertArrayEquals(java.util.Arrays.copyOfRange(file, 16, 16 + 784 * 5_000), set.pixels());
    }

    @Test
    void heldOutFashionImagesAreAHundredPerClass() {
        ImageSet held = ImageSamples.fashionHeldOut(0);
        assertEquals(1_000, held.count());
        assertArrayEquals(filled(10, 100), perClass(held));
    }

    @Test
    void fashionResizedToColour32KeepsGreyAndIsNotBlank() {
        ImageSet set = DefaultImageService.read(ImageSamples.FASHION, ImageShape.COLOUR_32, ImageSet.ImageFit.PAD, 200,
                new PlainJobContext());
        assertEquals(200, set.count());
        assertArrayEquals(filled(10, 20), perClass(set));
        int plane = 32 * 32;
        long sum = 0;
        for (int i = 0; i < set.count(); i++) {
            int base = i * set.shape().size();
            for (int p = 0; p < plane; p++) {
                assertEquals(set.pixels()[base + p], set.pixels()[base + plane + p], "grey source gives equal channels");
                assertEquals(set.pixels()[base + p], set.pixels()[base + 2 * plane + p]);
                sum += set.pixels()[base + p] & 0xFF;
            }
        }
        double mean = (double) sum / (set.count() * plane);
        assertTrue(mean > 40 && mean < 120, "Fashion-MNIST is light items on black, mean " + mean);
    }

    @Test
    void productIconsHaveFourClassesOnWhite() {
        ImageSet set = ImageSamples.icons(ImageShape.COLOUR_32);
        assertEquals(639, set.count());
        assertEquals(List.of("activities", "food", "nature", "objects"), set.classes());
        assertArrayEquals(new int[] {85, 131, 159, 264}, perClass(set));
        assertTrue(set.problems().isEmpty(), () -> set.problems().toString());
        // Transparent corners were composited onto white, not left black.
        int whiteCorners = 0;
        for (int i = 0; i < set.count(); i++) if ((set.pixels()[i * set.shape().size()] & 0xFF) > 240) whiteCorners++;
        assertTrue(whiteCorners > 600, whiteCorners + " of 639 icons have a white top-left corner");
        assertTrue(set.sources().get(0).startsWith("activities/"));
    }

    @Test
    void shapesAreSuggestedFromTheContent() {
        try (JobEngine engine = new JobEngine(new JobEngine.Config(0, false, 1))) {
            DefaultImageService service = new DefaultImageService(engine);
            assertEquals(ImageShape.GREY_28, service.suggestShape(ImageSamples.FASHION));
            assertEquals(ImageShape.GREY_28, service.suggestShape(ImageSamples.FASHION_TEST));
            assertEquals(ImageShape.COLOUR_32, service.suggestShape(ImageSamples.ICONS));
        }
    }

    static int[] perClass(ImageSet set) {
        int[] counts = new int[set.classes().size()];
        for (int label : set.labels()) counts[label]++;
        return counts;
    }

    static int[] filled(int n, int value) {
        int[] a = new int[n];
        java.util.Arrays.fill(a, value);
        return a;
    }
}
