package com.mstudio.engine.creative;

import com.mstudio.engine.api.ImageSet;
import com.mstudio.engine.api.ImageShape;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.*;

class ImageSplitTest {
    static ImageSet set(int[] labels, List<String> classes) {
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) sources.add("img" + i + ".png");
        byte[] pixels = new byte[labels.length * ImageShape.GREY_28.size()];
        for (int i = 0; i < labels.length; i++) pixels[i * ImageShape.GREY_28.size()] = (byte) i;
        return new ImageSet("test", ImageShape.GREY_28, ImageSet.ImageFit.PAD, classes, labels, pixels, sources, List.of());
    }

    @Test
    void eachClassIsHeldOutInItsOwnProportionAndTheSplitIsSeeded() {
        int[] labels = new int[300];
        for (int i = 0; i < labels.length; i++) labels[i] = i < 200 ? 0 : (i < 280 ? 1 : 2); // 200, 80, 20
        ImageSet images = set(labels, List.of("a", "b", "c"));
        ImageSplit split = ImageSplit.of(images, 0.1, 42);
        assertEquals(30, split.heldOut().length);
        assertEquals(270, split.train().length);
        assertEquals(20, Arrays.stream(split.heldOut()).filter(i -> labels[i] == 0).count());
        assertEquals(8, Arrays.stream(split.heldOut()).filter(i -> labels[i] == 1).count());
        assertEquals(2, Arrays.stream(split.heldOut()).filter(i -> labels[i] == 2).count());
        int[] all = IntStream.concat(Arrays.stream(split.train()), Arrays.stream(split.heldOut())).sorted().toArray();
        assertArrayEquals(IntStream.range(0, 300).toArray(), all, "every image is in exactly one part");
        ImageSplit again = ImageSplit.of(images, 0.1, 42);
        assertArrayEquals(split.heldOut(), again.heldOut());
        assertFalse(Arrays.equals(split.heldOut(), ImageSplit.of(images, 0.1, 43).heldOut()));
    }

    @Test
    void anUnlabelledSetIsOneClassAndNoShareHoldsNothingOut() {
        int[] labels = new int[50];
        Arrays.fill(labels, -1);
        ImageSet images = set(labels, List.of());
        assertEquals(5, ImageSplit.of(images, 0.1, 1).heldOut().length);
        assertEquals(0, ImageSplit.of(images, 0, 1).heldOut().length);
        assertEquals(50, ImageSplit.of(images, 0, 1).train().length);
    }
}
