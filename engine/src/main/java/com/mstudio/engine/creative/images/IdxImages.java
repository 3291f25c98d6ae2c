package com.mstudio.engine.creative.images;

import com.mstudio.engine.api.ImageSet;
import com.mstudio.engine.api.ImageSet.ImageFit;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.api.JobContext;
import com.mstudio.engine.api.StudioException;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Reads MNIST-style IDX files ({@code *-images-idx3-ubyte[.gz]} with the matching {@code *-labels-idx1-ubyte[.gz]}),
 * checking the magic numbers, the dimensions and the lengths. A damaged file is refused as a whole with the byte
 * offset where it went wrong (offsets count uncompressed bytes): the format has no way to resynchronise, so there is
 * no "skip the bad image" here.
 */
final class IdxImages {
    static final String IMAGES_MARK = "-images-idx3-ubyte";
    static final String LABELS_MARK = "-labels-idx1-ubyte";
    /** The order Zalando publishes the Fashion-MNIST labels 0..9 in. */
    static final List<String> FASHION_CLASSES = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal",
            "Shirt", "Sneaker", "Bag", "Ankle boot");
    private static final int IMAGES_MAGIC = 0x00000803;
    private static final int LABELS_MAGIC = 0x00000801;
    private static final int MAX_SIDE = 1024;

    private IdxImages() {}

    static boolean isImageFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return name.endsWith(IMAGES_MARK) || name.endsWith(IMAGES_MARK + ".gz");
    }

    /** The labels file next to {@code imagesFile}, gzipped or not, or null. */
    static Path labelsFileFor(Path imagesFile) {
        String name = imagesFile.getFileName().toString().replace(".gz", "").replace(IMAGES_MARK, LABELS_MARK);
        for (String candidate : List.of(name + ".gz", name)) {
            Path p = imagesFile.resolveSibling(candidate);
            if (Files.isRegularFile(p)) return p;
        }
        return null;
    }

    static ImageSet read(Path imagesFile, ImageShape shape, ImageFit fit, JobContext ctx) {
        if (!Files.isRegularFile(imagesFile)) throw new StudioException("The file " + imagesFile + " does not exist.", imagesFile, -1, null);
        Path labelsFile = labelsFileFor(imagesFile);
        int[] labels = labelsFile == null ? null : readLabels(labelsFile);
        String fileName = imagesFile.getFileName().toString();
        try (Reader in = new Reader(imagesFile)) {
            in.expectMagic(IMAGES_MAGIC, "IDX image file (idx3-ubyte)");
            int count = in.positiveInt("image count", Integer.MAX_VALUE / 784);
            int rows = in.positiveInt("row count", MAX_SIDE);
            int cols = in.positiveInt("column count", MAX_SIDE);
            if (labels != null && labels.length != count) {
                throw new StudioException(labelsFile.getFileName() + " has " + labels.length + " labels but " + fileName
                        + " has " + count + " images.", labelsFile, -1, null);
            }
            if ((long) count * shape.size() > Integer.MAX_VALUE - 16) {
                throw new StudioException(String.format(Locale.ROOT, "%,d images of %s are too many to hold; import fewer.",
                        count, shape.describe()), imagesFile, -1, null);
            }
            List<String> classes = labels == null ? List.of() : classNames(imagesFile, labels, labelsFile);
            boolean asIs = shape.width() == cols && shape.height() == rows && shape.channels() == 1;
            byte[] pixels = new byte[count * shape.size()];
            byte[] raw = new byte[rows * cols];
            double[][] plane = {new double[rows * cols]};
            List<String> sources = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                if (i % 1000 == 0) {
                    ctx.checkCancelled();
                    ctx.progress((double) i / count, String.format(Locale.ROOT, "Reading image %,d of %,d", i + 1, count));
                }
                in.fully(raw, "image " + (i + 1) + " of " + count);
                if (asIs) {
                    System.arraycopy(raw, 0, pixels, i * shape.size(), raw.length);
                } else {
                    for (int p = 0; p < raw.length; p++) plane[0][p] = raw[p] & 0xFF;
                    ImageFitter.fit(plane, cols, rows, shape, fit, pixels, i * shape.size());
                }
                sources.add(fileName + "#" + i);
            }
            in.expectEnd();
            ctx.progress(1, String.format(Locale.ROOT, "Read %,d images", count));
            int[] finalLabels = labels == null ? filled(count) : labels;
            return new ImageSet(setName(imagesFile), shape, fit, classes, finalLabels, pixels, sources, List.of());
        }
    }

    /** "fashion_mnist_sample" for samples/images/fashion_mnist_sample/train-images-idx3-ubyte.gz; "train" for a bare file. */
    private static String setName(Path imagesFile) {
        Path parent = imagesFile.toAbsolutePath().getParent();
        String stem = imagesFile.getFileName().toString().replace(".gz", "").replace(IMAGES_MARK, "");
        return parent == null || parent.getFileName() == null ? stem : parent.getFileName() + " (" + stem + ")";
    }

    private static int[] filled(int count) {
        int[] labels = new int[count];
        java.util.Arrays.fill(labels, -1);
        return labels;
    }

    static int[] readLabels(Path file) {
        try (Reader in = new Reader(file)) {
            in.expectMagic(LABELS_MAGIC, "IDX label file (idx1-ubyte)");
            int count = in.positiveInt("label count", Integer.MAX_VALUE / 2);
            byte[] raw = new byte[count];
            in.fully(raw, "the labels");
            in.expectEnd();
            int[] labels = new int[count];
            for (int i = 0; i < count; i++) labels[i] = raw[i] & 0xFF;
            return labels;
        }
    }

    /** classes.txt next to the files (one name per line), else the Fashion-MNIST names, else "class 0", "class 1"… */
    private static List<String> classNames(Path imagesFile, int[] labels, Path labelsFile) {
        int max = 0;
        for (int label : labels) max = Math.max(max, label);
        Path listFile = imagesFile.resolveSibling("classes.txt");
        if (Files.isRegularFile(listFile)) {
            List<String> names;
            try {
                names = Files.readAllLines(listFile, StandardCharsets.UTF_8).stream().map(String::strip)
                        .filter(s -> !s.isEmpty()).toList();
            } catch (IOException e) {
                throw new StudioException("classes.txt cannot be read: " + PictureDecoder.reason(e), listFile, -1, null);
            }
            if (max >= names.size()) {
                throw new StudioException(labelsFile.getFileName() + " uses label " + max + " but classes.txt names only "
                        + names.size() + " classes.", listFile, -1, null);
            }
            return names;
        }
        if (max < FASHION_CLASSES.size()) return FASHION_CLASSES;
        List<String> names = new ArrayList<>();
        for (int c = 0; c <= max; c++) names.add("class " + c);
        return names;
    }

    /** A stream over the (decompressed) bytes that knows its offset and words every failure with it. */
    private static final class Reader implements AutoCloseable {
        private final Path file;
        private final InputStream in;
        private long offset;

        Reader(Path file) {
            this.file = file;
            try {
                InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                this.in = file.getFileName().toString().endsWith(".gz") ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16) : raw;
            } catch (java.util.zip.ZipException e) {
                throw fail("is not a valid gzip file (" + PictureDecoder.reason(e) + ")");
            } catch (java.io.EOFException e) {
                throw fail("is empty or too short to be a gzip file");
            } catch (IOException e) {
                throw fail("cannot be read: " + PictureDecoder.reason(e));
            }
        }

        void expectMagic(int magic, String what) {
            int found = readInt("the magic number");
            if (found != magic) {
                throw fail(String.format(Locale.ROOT, "is not an %s: magic number 0x%08X at byte 0, expected 0x%08X", what, found, magic));
            }
        }

        int positiveInt(String what, int max) {
            long at = offset;
            int value = readInt("the " + what);
            if (value <= 0 || value > max) {
                throw fail(String.format(Locale.ROOT, "has an impossible %s %d at byte %d (allowed 1..%d)", what, value, at, max));
            }
            return value;
        }

        private int readInt(String what) {
            byte[] b = new byte[4];
            fully(b, what);
            return (b[0] & 0xFF) << 24 | (b[1] & 0xFF) << 16 | (b[2] & 0xFF) << 8 | (b[3] & 0xFF);
        }

        void fully(byte[] into, String what) {
            int n;
            try {
                n = in.readNBytes(into, 0, into.length);
            } catch (java.util.zip.ZipException e) {
                throw fail("has damaged compressed data near byte " + offset + " (" + PictureDecoder.reason(e) + ")");
            } catch (java.io.EOFException e) {
                throw fail("is truncated: the compressed data ends in " + what + " near byte " + offset);
            } catch (IOException e) {
                throw fail("cannot be read at byte " + offset + ": " + PictureDecoder.reason(e));
            }
            if (n < into.length) {
                throw fail("is truncated: it ends at byte " + (offset + n) + ", in " + what + " (" + into.length
                        + " bytes from byte " + offset + ")");
            }
            offset += n;
        }

        void expectEnd() {
            try {
                if (in.read() >= 0) throw fail("has unexpected data after the end at byte " + offset + ": the header's counts do not match the length");
            } catch (IOException e) {
                throw fail("is damaged after byte " + offset + ": " + PictureDecoder.reason(e));
            }
        }

        private StudioException fail(String what) {
            return new StudioException("This file " + what + ".", file, -1, null);
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException ignored) {
                // Read-only: nothing to lose.
            }
        }
    }
}
