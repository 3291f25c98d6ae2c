package com.mstudio.engine.creative.images;

import com.mstudio.engine.api.ImageSet;
import com.mstudio.engine.api.ImageSet.ImageFit;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.api.PlainJobContext;
import com.mstudio.engine.api.StudioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.*;

/** IDX files written byte by byte: good ones read exactly, damaged ones are refused with the file and byte offset. */
class IdxImportTest {
    @TempDir
    Path dir;

    /** {@code n} images of 4×5 pixels where pixel p of image i is (i * 20 + p) and labels cycle 0, 1, 2. */
    static byte[] images(int n) {
        ByteBuffer b = ByteBuffer.allocate(16 + n * 20).putInt(0x803).putInt(n).putInt(5).putInt(4);
        for (int i = 0; i < n; i++) for (int p = 0; p < 20; p++) b.put((byte) (i * 20 + p));
        return b.array();
    }

    static byte[] labels(int n, int classes) {
        ByteBuffer b = ByteBuffer.allocate(8 + n).putInt(0x801).putInt(n);
        for (int i = 0; i < n; i++) b.put((byte) (i % classes));
        return b.array();
    }

    static byte[] gzip(byte[] data) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    private ImageSet read(Path file, ImageShape shape) {
        return DefaultImageService.read(file, shape, ImageFit.PAD, 0, new PlainJobContext());
    }

    private StudioException refused(Path file) {
        return assertThrows(StudioException.class, () -> read(file, new ImageShape(4, 5, 1)));
    }

    @Test
    void plainAndGzippedFilesReadExactlyWithClassesTxt() throws Exception {
        Files.write(dir.resolve("x-images-idx3-ubyte"), images(6));
        Files.write(dir.resolve("x-labels-idx1-ubyte.gz"), gzip(labels(6, 3)));
        Files.writeString(dir.resolve("classes.txt"), "hats\nbags\n\nshoes\n");
        ImageSet set = read(dir.resolve("x-images-idx3-ubyte"), new ImageShape(4, 5, 1));
        assertEquals(6, set.count());
        assertEquals(List.of("hats", "bags", "shoes"), set.classes());
        assertArrayEquals(new int[] {0, 1, 2, 0, 1, 2}, set.labels());
        assertArrayEquals(Arrays.copyOfRange(images(6), 16, 16 + 120), set.pixels());
        assertEquals("x-images-idx3-ubyte#5", set.sources().get(5));
        // Picking the labels file or the folder finds the same images.
        assertArrayEquals(set.pixels(), read(dir.resolve("x-labels-idx1-ubyte.gz"), new ImageShape(4, 5, 1)).pixels());
        assertArrayEquals(set.pixels(), read(dir, new ImageShape(4, 5, 1)).pixels());
    }

    @Test
    void withoutClassesTxtTenLabelsAreFashionMnistAndNoLabelsFileIsUnlabelled() throws Exception {
        Files.write(dir.resolve("f-images-idx3-ubyte.gz"), gzip(images(10)));
        Files.write(dir.resolve("f-labels-idx1-ubyte.gz"), gzip(labels(10, 10)));
        assertEquals(IdxImages.FASHION_CLASSES, read(dir.resolve("f-images-idx3-ubyte.gz"), new ImageShape(4, 5, 1)).classes());

        Path alone = Files.createDirectories(dir.resolve("alone")).resolve("u-images-idx3-ubyte");
        Files.write(alone, images(3));
        ImageSet unlabelled = read(alone, new ImageShape(4, 5, 1));
        assertFalse(unlabelled.labelled());
        assertArrayEquals(new int[] {-1, -1, -1}, unlabelled.labels());
    }

    @Test
    void greyIdxIsResizedToColour() throws Exception {
        Files.write(dir.resolve("r-images-idx3-ubyte"), images(2));
        ImageSet set = read(dir.resolve("r-images-idx3-ubyte"), new ImageShape(8, 10, 3));
        assertEquals(2 * 8 * 10 * 3, set.pixels().length);
        assertEquals(set.pixels()[5], set.pixels()[80 + 5]);
    }

    @Test
    void truncatedFileIsRefusedWithTheByteOffset() throws Exception {
        Path file = dir.resolve("t-images-idx3-ubyte");
        Files.write(file, Arrays.copyOf(images(6), 16 + 20 * 3 + 7));
        StudioException e = refused(file);
        assertEquals(file, e.file());
        assertTrue(e.getMessage().startsWith("t-images-idx3-ubyte: "), e.getMessage());
        assertTrue(e.getMessage().contains("truncated") && e.getMessage().contains("byte 83") && e.getMessage().contains("image 4 of 6"),
                e.getMessage());
    }

    @Test
    void truncatedGzipIsRefused() throws Exception {
        Path file = dir.resolve("g-images-idx3-ubyte.gz");
        byte[] gz = gzip(images(50));
        Files.write(file, Arrays.copyOf(gz, gz.length - 30));
        StudioException e = refused(file);
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        assertTrue(e.getMessage().contains("byte"), e.getMessage());

        Files.write(file, "not gzip at all".getBytes());
        e = refused(file);
        assertTrue(e.getMessage().contains("not a valid gzip file"), e.getMessage());
    }

    @Test
    void wrongMagicImpossibleSizesAndExtraBytesAreRefused() throws Exception {
        Path file = dir.resolve("m-images-idx3-ubyte");
        byte[] wrong = images(2);
        wrong[3] = 1;
        Files.write(file, wrong);
        assertTrue(refused(file).getMessage().contains("magic number 0x00000801 at byte 0, expected 0x00000803"));

        byte[] zeroRows = images(2);
        zeroRows[11] = 0;
        Files.write(file, zeroRows);
        assertTrue(refused(file).getMessage().contains("impossible row count 0 at byte 8"), refused(file).getMessage());

        byte[] extra = Arrays.copyOf(images(2), 16 + 40 + 5);
        Files.write(file, extra);
        assertTrue(refused(file).getMessage().contains("unexpected data after the end at byte 56"), refused(file).getMessage());

        Files.write(file, new byte[0]);
        assertTrue(refused(file).getMessage().contains("truncated: it ends at byte 0"), refused(file).getMessage());
    }

    @Test
    void labelsThatDoNotMatchAreRefusedNamingTheLabelsFile() throws Exception {
        Files.write(dir.resolve("l-images-idx3-ubyte"), images(4));
        Path labels = dir.resolve("l-labels-idx1-ubyte");
        Files.write(labels, labels(3, 2));
        StudioException e = refused(dir.resolve("l-images-idx3-ubyte"));
        assertEquals(labels, e.file());
        assertTrue(e.getMessage().contains("3 labels but l-images-idx3-ubyte has 4 images"), e.getMessage());

        Files.write(labels, labels(4, 4));
        Files.writeString(dir.resolve("classes.txt"), "a\nb\n");
        e = refused(dir.resolve("l-images-idx3-ubyte"));
        assertTrue(e.getMessage().contains("uses label 3 but classes.txt names only 2 classes"), e.getMessage());
    }
}
