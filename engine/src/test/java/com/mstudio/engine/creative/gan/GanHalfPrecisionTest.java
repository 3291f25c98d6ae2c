package com.mstudio.engine.creative.gan;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

import static org.junit.jupiter.api.Assertions.*;

/** Half precision by hand agrees with ND4J's float16 cast (round to nearest even) and packs and unpacks losslessly. */
class GanHalfPrecisionTest {
    @Test
    void roundsLikeNd4jsFloat16AndTheBytePlanesRoundTrip() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        float[] values = new float[20_000];
        for (int i = 0; i < values.length; i++) {
            double scale = Math.pow(10, random.nextInt(-9, 5)); // subnormals to large values
            values[i] = (float) (random.nextGaussian() * scale);
        }
        values[0] = 0f;
        values[1] = -0f;
        values[2] = 70_000f; // beyond half precision: infinity
        values[3] = 1f + 0x1p-11f; // exactly halfway: rounds to even (1.0)
        float[] nd4j = Nd4j.createFromArray(values).castTo(DataType.HALF).castTo(DataType.FLOAT).toFloatVector();
        float[] back = HalfPrecision.unpack(HalfPrecision.pack(values));
        for (int i = 0; i < values.length; i++) {
            assertEquals(Float.floatToIntBits(nd4j[i]), Float.floatToIntBits(back[i]), "value " + values[i] + " at " + i);
        }
        assertEquals(1f, back[3]);
        assertEquals(Float.POSITIVE_INFINITY, back[2]);
        assertArrayEquals(back, HalfPrecision.unpack(HalfPrecision.pack(back)), "rounded values stay exactly");
        assertThrows(IllegalArgumentException.class, () -> HalfPrecision.unpack(Nd4j.createFromArray(values)));
    }
}
