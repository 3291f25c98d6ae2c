package com.mstudio.engine.creative.images;

import com.mstudio.engine.api.ImageSet;
import com.mstudio.engine.api.ImageSet.ImageFit;
import com.mstudio.engine.api.ImageSet.ImageProblem;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.api.PlainJobContext;
import com.mstudio.engine.api.StudioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static com.mstudio.engine.creative.images.TestPictures.*;
import static org.junit.jupiter.api.Assertions.*;

/** Folders with good, damaged and odd files: the good ones are kept, every bad one is named with its reason. */
class FolderImportTest {
    @TempDir
    Path dir;

    private ImageSet read(Path folder, ImageShape shape) {
        return DefaultImageService.read(folder, shape, ImageFit.PAD, 0, new PlainJobContext());
    }

    @Test
    void damagedAndOddFilesAreReportedByNameAndSkipped() throws Exception {
        byte[] png = encode(filled(40, 30, Color.RED), "png");
        byte[] jpg = encode(filled(50, 50, Color.BLUE), "jpg");
        write(dir.resolve("bags/a.png"), png);
        write(dir.resolve("bags/b.jpg"), jpg);
        write(dir.resolve("bags/deeper/c.PNG"), png); // deeper folders belong to their first-level class
        write(dir.resolve("shoes/d.jpeg"), jpg);
        write(dir.resolve("shoes/actually-a-png.jpg"), png); // the content decides, not the name
        write(dir.resolve("shoes/truncated.png"), Arrays.copyOf(png, png.length / 2));
        write(dir.resolve("shoes/truncated.jpg"), Arrays.copyOf(jpg, jpg.length / 2));
        write(dir.resolve("shoes/empty.png"), new byte[0]);
        write(dir.resolve("shoes/notes.png"), "just text".getBytes());
        write(dir.resolve("shoes/readme.txt"), "hello".getBytes());
        write(dir.resolve("shoes/zero.png"), zeroWidth(png));
        write(dir.resolve("shoes/garbage.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3, 4, 5, 6});
        write(dir.resolve("loose.png"), png); // outside the class folders
        write(dir.resolve(".DS_Store"), "mac".getBytes()); // hidden: the system's, not the user's
        write(dir.resolve("empty-class/.keep"), new byte[0]);

        ImageSet set = read(dir, ImageShape.COLOUR_32);

        assertEquals(List.of("bags/a.png", "bags/b.jpg", "bags/deeper/c.PNG", "shoes/actually-a-png.jpg", "shoes/d.jpeg"),
                set.sources());
        assertEquals(List.of("bags", "shoes"), set.classes());
        assertArrayEquals(new int[] {0, 0, 0, 1, 1}, set.labels());
        Map<String, String> problems = set.problems().stream().collect(Collectors.toMap(ImageProblem::source, ImageProblem::message));
        assertEquals(8, problems.size(), problems.toString());
        assertTrue(problems.get("shoes/truncated.png").contains("truncated"), problems.get("shoes/truncated.png"));
        assertTrue(problems.get("shoes/truncated.jpg").contains("truncated"), problems.get("shoes/truncated.jpg"));
        assertEquals("empty file (0 bytes)", problems.get("shoes/empty.png"));
        assertEquals("not a PNG or JPEG image", problems.get("shoes/notes.png"));
        assertEquals("not a PNG or JPEG image", problems.get("shoes/readme.txt"));
        assertTrue(problems.get("shoes/zero.png").startsWith("damaged"), problems.get("shoes/zero.png"));
        assertTrue(problems.get("shoes/garbage.jpg").startsWith("damaged"), problems.get("shoes/garbage.jpg"));
        assertTrue(problems.get("loose.png").contains("outside the class folders"));
        // The red PNG arrived red, the blue JPEG blue.
        assertPixel(set, 0, 255, 0, 0, 2);
        assertPixel(set, 1, 0, 0, 255, 8);
    }

    @Test
    void filesWithoutSubfoldersMakeAnUnlabelledSet() throws Exception {
        write(dir.resolve("one.png"), filled(8, 8, Color.GREEN), "png");
        write(dir.resolve("two.png"), filled(8, 8, Color.GREEN), "png");
        ImageSet set = read(dir, ImageShape.GREY_28);
        assertFalse(set.labelled());
        assertArrayEquals(new int[] {-1, -1}, set.labels());
        // Pure green in BT.601 luma: 0.587 × 255 = 150.
        assertEquals(150, set.pixels()[0] & 0xFF, 1);
    }

    @Test
    void transparencyIsCompositedOntoWhite() throws Exception {
        BufferedImage image = filled(16, 16, new Color(0, 0, 0, 0));
        image.setRGB(8, 8, 0xFF000000);
        write(dir.resolve("icon.png"), image, "png");
        ImageSet set = DefaultImageService.read(dir, new ImageShape(16, 16, 3), ImageFit.PAD, 0, new PlainJobContext());
        int plane = 16 * 16;
        for (int c = 0; c < 3; c++) assertEquals(255, set.pixels()[c * plane] & 0xFF, "transparent corner → white");
        assertEquals(0, set.pixels()[8 * 16 + 8] & 0xFF);
        assertEquals(0, set.pixels()[plane + 8 * 16 + 8] & 0xFF);
    }

    @Test
    void phonePhotosAreTurnedUprightByTheirExifOrientation() throws Exception {
        BufferedImage sideways = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB); // red left half, blue right half
        for (int y = 0; y < 20; y++) for (int x = 0; x < 40; x++) sideways.setRGB(x, y, x < 20 ? 0xFF0000 : 0x0000FF);
        byte[] jpg = encode(sideways, "jpg");
        write(dir.resolve("turned.jpg"), withOrientation(jpg, 6, false)); // "rotate 90° clockwise to view"
        write(dir.resolve("plain.jpg"), jpg);
        write(dir.resolve("turned-le.jpg"), withOrientation(jpg, 8, true)); // little-endian EXIF, "rotate 90° anticlockwise"
        ImageSet set = DefaultImageService.read(dir, new ImageShape(16, 16, 3), ImageFit.STRETCH, 0, new PlainJobContext());
        assertEquals(List.of("plain.jpg", "turned-le.jpg", "turned.jpg"), set.sources());
        // plain: red on the left. Turned clockwise: the left half is on top, so the bottom-left is blue and the
        // top-right red (upright it would be the other way round). Anticlockwise: red at the bottom.
        assertRgb(set, 0, 2, 13, true);
        assertRgb(set, 0, 13, 2, false);
        assertRgb(set, 2, 2, 13, false);
        assertRgb(set, 2, 13, 2, true);
        assertRgb(set, 1, 2, 2, false);
        assertRgb(set, 1, 13, 13, true);
    }

    private static void assertRgb(ImageSet set, int image, int x, int y, boolean red) {
        int base = image * set.shape().size(), plane = set.shape().width() * set.shape().height(), i = y * set.shape().width() + x;
        int r = set.pixels()[base + i] & 0xFF, b = set.pixels()[base + 2 * plane + i] & 0xFF;
        String where = set.sources().get(image) + " at (" + x + ", " + y + "): r=" + r + " b=" + b;
        assertTrue(red ? r > 200 && b < 60 : b > 200 && r < 60, where + (red ? " should be red" : " should be blue"));
    }

    /** {@code jpg} with an EXIF APP1 segment holding only the orientation tag, inserted after the start marker. */
    static byte[] withOrientation(byte[] jpg, int orientation, boolean littleEndian) {
        java.nio.ByteBuffer tiff = java.nio.ByteBuffer.allocate(8 + 2 + 12 + 4)
                .order(littleEndian ? java.nio.ByteOrder.LITTLE_ENDIAN : java.nio.ByteOrder.BIG_ENDIAN);
        tiff.put(littleEndian ? (byte) 'I' : (byte) 'M').put(littleEndian ? (byte) 'I' : (byte) 'M').putShort((short) 42).putInt(8);
        tiff.putShort((short) 1).putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        byte[] exif = new byte[6 + tiff.capacity()];
        System.arraycopy("Exif\0\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0, exif, 0, 6);
        System.arraycopy(tiff.array(), 0, exif, 6, tiff.capacity());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        out.write(0xFF);
        out.write(0xE1);
        out.write((exif.length + 2) >> 8);
        out.write((exif.length + 2) & 0xFF);
        out.writeBytes(exif);
        out.write(jpg, 2, jpg.length - 2);
        return out.toByteArray();
    }

    @Test
    void missingFolderAndFolderWithNothingUsableAreRefusedNamingThePath() throws Exception {
        Path missing = dir.resolve("nope");
        StudioException e = assertThrows(StudioException.class, () -> read(missing, ImageShape.GREY_28));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());

        write(dir.resolve("bad/a.png"), "text".getBytes());
        e = assertThrows(StudioException.class, () -> read(dir.resolve("bad"), ImageShape.GREY_28));
        assertTrue(e.getMessage().contains(dir.resolve("bad").toString()), e.getMessage());
        assertTrue(e.getMessage().contains("a.png: not a PNG or JPEG image"), e.getMessage());

        Files.createDirectories(dir.resolve("empty"));
        e = assertThrows(StudioException.class, () -> read(dir.resolve("empty"), ImageShape.GREY_28));
        assertTrue(e.getMessage().contains("no PNG or JPEG files"), e.getMessage());

        Path text = write(dir.resolve("list.csv"), "a,b".getBytes());
        e = assertThrows(StudioException.class, () -> read(text, ImageShape.GREY_28));
        assertEquals(text, e.file());
    }

    @Test
    void theSameFolderAlwaysGivesTheSameSet() throws Exception {
        for (int i = 0; i < 12; i++) {
            write(dir.resolve((i % 3 == 0 ? "x" : "y") + "/img" + (12 - i) + ".png"), filled(20, 10 + i, new Color(i * 20, 100, 50)), "png");
        }
        ImageSet a = read(dir, ImageShape.COLOUR_32), b = read(dir, ImageShape.COLOUR_32);
        assertEquals(a.sources(), b.sources());
        assertArrayEquals(a.pixels(), b.pixels());
        ImageSet limited = DefaultImageService.read(dir, ImageShape.COLOUR_32, ImageFit.PAD, 6, new PlainJobContext());
        assertEquals(6, limited.count());
        assertEquals(2, Arrays.stream(limited.labels()).filter(l -> l == 0).count(), "x holds a third of the images");
    }

    @Test
    void aLimitDecodesOnlyTheChosenPicturesAndTopsUpForBrokenOnes() throws Exception {
        for (int i = 0; i < 4; i++) write(dir.resolve("a/good" + i + ".png"), filled(8, 8, Color.RED), "png");
        for (int i = 0; i < 30; i++) write(dir.resolve("a/broken" + i + ".png"), "not a picture".getBytes());
        for (int i = 0; i < 34; i++) write(dir.resolve("b/good" + i + ".png"), filled(8, 8, Color.BLUE), "png");
        ImageSet set = DefaultImageService.read(dir, ImageShape.GREY_28, ImageFit.PAD, 8, new PlainJobContext());
        assertEquals(8, set.count());
        assertEquals(4, Arrays.stream(set.labels()).filter(l -> l == 0).count(), "class a still gets its half, from its good files");
        assertTrue(set.problems().size() <= 30 && set.problems().stream().allMatch(p -> p.source().startsWith("a/broken")));
        List<String> sorted = set.sources().stream().sorted().toList();
        assertEquals(sorted, set.sources(), "kept pictures stay in path order");
        ImageSet again = DefaultImageService.read(dir, ImageShape.GREY_28, ImageFit.PAD, 8, new PlainJobContext());
        assertEquals(set.sources(), again.sources());
        assertEquals(set.problems(), again.problems());
    }

    @Test
    void cancellingStopsTheImport() throws Exception {
        for (int i = 0; i < 40; i++) write(dir.resolve("c/" + i + ".png"), filled(8, 8, Color.RED), "png");
        PlainJobContext ctx = new PlainJobContext();
        ctx.cancel();
        assertThrows(com.mstudio.engine.api.JobCancelledException.class,
                () -> DefaultImageService.read(dir, ImageShape.GREY_28, ImageFit.PAD, 0, ctx));
    }

    /** A PNG whose header says 0 pixels wide (with the header's checksum fixed, so only the size is wrong). */
    private static byte[] zeroWidth(byte[] png) {
        byte[] b = png.clone();
        int ihdr = 8 + 4; // signature, then the chunk length; "IHDR" starts here
        b[ihdr + 4] = b[ihdr + 5] = b[ihdr + 6] = b[ihdr + 7] = 0;
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(b, ihdr, 4 + 13);
        long v = crc.getValue();
        int at = ihdr + 4 + 13;
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
        return b;
    }

    static void assertPixel(ImageSet set, int image, int r, int g, int b, int tolerance) {
        int base = image * set.shape().size(), plane = set.shape().width() * set.shape().height();
        int centre = (set.shape().height() / 2) * set.shape().width() + set.shape().width() / 2;
        assertEquals(r, set.pixels()[base + centre] & 0xFF, tolerance, "red");
        assertEquals(g, set.pixels()[base + plane + centre] & 0xFF, tolerance, "green");
        assertEquals(b, set.pixels()[base + 2 * plane + centre] & 0xFF, tolerance, "blue");
    }
}
