package com.mstudio.engine.creative.gan;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** A tiny IDX (MNIST format) reader for the GAN tests and local benchmarks: images as [n, rows·cols] floats 0..1. */
final class IdxImages {
    private IdxImages() {
    }

    static INDArray images(Path file, int limit) throws IOException {
        try (DataInputStream in = open(file)) {
            if (in.readInt() != 0x803) throw new IOException(file + " is not an IDX image file");
            int n = Math.min(in.readInt(), limit);
            int pixels = in.readInt() * in.readInt();
            byte[] raw = new byte[n * pixels];
            in.readFully(raw);
            float[] values = new float[raw.length];
            for (int i = 0; i < raw.length; i++) values[i] = (raw[i] & 0xFF) / 255f;
            return Nd4j.create(values, new long[] {n, pixels}, DataType.FLOAT);
        }
    }

    /** One-hot labels [n, 10]. */
    static INDArray labels(Path file, int limit) throws IOException {
        try (DataInputStream in = open(file)) {
            if (in.readInt() != 0x801) throw new IOException(file + " is not an IDX label file");
            int n = Math.min(in.readInt(), limit);
            INDArray oneHot = Nd4j.zeros(DataType.FLOAT, n, 10);
            for (int i = 0; i < n; i++) oneHot.putScalar(i, in.readUnsignedByte(), 1);
            return oneHot;
        }
    }

    private static DataInputStream open(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        return new DataInputStream(new java.io.BufferedInputStream(
                file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw));
    }
}
