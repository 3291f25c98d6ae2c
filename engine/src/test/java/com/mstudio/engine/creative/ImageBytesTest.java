package com.mstudio.engine.creative;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ImageBytesTest {
    @Test
    void bytesAndFloatsConvertBothWays() {
        byte[] src = {0, (byte) 128, (byte) 255, 10};
        float[] f = new float[6];
        ImageBytes.toFloats(src, 1, 3, f, 2);
        assertArrayEquals(new float[]{0, 0, 128 / 255f, 1f, 10 / 255f, 0}, f, 1e-7f);
        byte[] back = ImageBytes.toBytes(new float[]{0f, 0.5f, 1f, 1.7f, -0.3f, Float.NaN}, 0, 6);
        assertArrayEquals(new byte[]{0, (byte) 128, (byte) 255, (byte) 255, 0, 0}, back);
    }

    @Test
    void diversityIsZeroForEqualTilesAndOneForOpposites() {
        byte[] black = new byte[16], white = new byte[16];
        java.util.Arrays.fill(white, (byte) 255);
        assertEquals(0, ImageBytes.diversity(List.of(black, black.clone(), black.clone())), 1e-12);
        assertEquals(1, ImageBytes.diversity(List.of(black, white)), 1e-12);
        assertEquals(2 / 3.0, ImageBytes.diversity(List.of(black, white, white.clone())), 1e-12);
        assertEquals(0, ImageBytes.diversity(List.of(black)));
    }
}
