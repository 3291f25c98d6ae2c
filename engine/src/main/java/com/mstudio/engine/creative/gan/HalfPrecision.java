package com.mstudio.engine.creative.gan;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Weights stored in half precision (IEEE 754 binary16, rounded to nearest even) for files that only generate, as two
 * byte planes: every value's high byte (sign, exponent, top mantissa bits), then every low byte. WHY planes: the high
 * bytes of weights spread around zero take few values, so the zip packs them well once they sit together; measured on
 * the conditional DCGAN's generator, 1.53 MB as plain float16 against about 1.42 MB as planes. Conversion in Java
 * (Java 17 has no Float.floatToFloat16), so the bytes never depend on the native library.
 */
final class HalfPrecision {
    private HalfPrecision() {
    }

    /** {@code values} as an INT8 array of 2n bytes: the high plane, then the low plane. */
    static INDArray pack(float[] values) {
        int n = values.length;
        byte[] planes = new byte[2 * n];
        for (int i = 0; i < n; i++) {
            short h = toHalf(values[i]);
            planes[i] = (byte) (h >> 8);
            planes[n + i] = (byte) h;
        }
        return Nd4j.createFromArray(planes);
    }

    /** The inverse of {@link #pack}. */
    static float[] unpack(INDArray packed) {
        if (packed.dataType() != DataType.INT8 || packed.length() % 2 != 0) {
            throw new IllegalArgumentException("not half-precision planes: " + packed.dataType() + ", " + packed.length());
        }
        int[] bytes = packed.ravel().castTo(DataType.INT).toIntVector();
        int n = bytes.length / 2;
        float[] values = new float[n];
        for (int i = 0; i < n; i++) values[i] = fromHalf((short) ((bytes[i] & 0xFF) << 8 | (bytes[n + i] & 0xFF)));
        return values;
    }

    static short toHalf(float f) {
        int bits = Float.floatToRawIntBits(f);
        int sign = (bits >>> 16) & 0x8000;
        int exponent = (bits >>> 23) & 0xFF;
        int mantissa = bits & 0x7FFFFF;
        if (exponent == 0xFF) return (short) (sign | 0x7C00 | (mantissa != 0 ? 0x200 : 0)); // infinity, NaN
        int e = exponent - 127 + 15;
        if (e >= 0x1F) return (short) (sign | 0x7C00); // too large: infinity
        if (e <= 0) { // subnormal in half precision, or zero
            if (e < -10) return (short) sign;
            mantissa |= 0x800000;
            int shift = 14 - e;
            int half = mantissa >> shift;
            int rest = mantissa & ((1 << shift) - 1), middle = 1 << (shift - 1);
            if (rest > middle || (rest == middle && (half & 1) != 0)) half++;
            return (short) (sign | half);
        }
        int half = (e << 10) | (mantissa >> 13);
        int rest = mantissa & 0x1FFF;
        if (rest > 0x1000 || (rest == 0x1000 && (half & 1) != 0)) half++; // a carry rightly moves into the exponent
        return (short) (sign | half);
    }

    static float fromHalf(short h) {
        int sign = (h & 0x8000) << 16;
        int exponent = (h >>> 10) & 0x1F;
        int mantissa = h & 0x3FF;
        if (exponent == 0) {
            float v = mantissa * 0x1p-24f;
            return sign != 0 ? -v : v;
        }
        if (exponent == 0x1F) return Float.intBitsToFloat(sign | 0x7F800000 | (mantissa << 13));
        return Float.intBitsToFloat(sign | ((exponent - 15 + 127) << 23) | (mantissa << 13));
    }
}
