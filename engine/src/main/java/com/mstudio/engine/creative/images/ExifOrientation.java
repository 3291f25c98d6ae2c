package com.mstudio.engine.creative.images;

import java.awt.image.BufferedImage;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Phone cameras store a JPEG sideways and record how to turn it in the EXIF "Orientation" tag; ImageIO ignores the
 * tag, so without this a portrait product shot would reach the model lying on its side. Reads only the tag (APP1
 * segment, TIFF IFD0, tag 0x0112) and applies the turn or mirror. Anything unreadable counts as "upright".
 */
final class ExifOrientation {
    static final int UPRIGHT = 1;
    private static final int ORIENTATION_TAG = 0x0112;
    /** The EXIF block sits near the start; never scan a whole photo for it. */
    private static final int SCAN_LIMIT = 256 * 1024;

    private ExifOrientation() {}

    /** The orientation 1..8 recorded in a JPEG, or {@link #UPRIGHT} when there is none. */
    static int read(Path jpeg) {
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(jpeg)))) {
            if (in.readUnsignedShort() != 0xFFD8) return UPRIGHT;
            int scanned = 2;
            while (scanned < SCAN_LIMIT) {
                int marker = in.readUnsignedShort();
                if ((marker & 0xFF00) != 0xFF00 || marker == 0xFFDA || marker == 0xFFD9) return UPRIGHT; // image data begins
                int length = in.readUnsignedShort();
                if (length < 2) return UPRIGHT;
                byte[] body = new byte[length - 2];
                in.readFully(body);
                scanned += 2 + length;
                if (marker == 0xFFE1 && body.length > 14 && body[0] == 'E' && body[1] == 'x' && body[2] == 'i' && body[3] == 'f') {
                    return fromTiff(body, 6);
                }
            }
        } catch (IOException | RuntimeException e) {
            return UPRIGHT; // a damaged EXIF block must not cost the picture itself
        }
        return UPRIGHT;
    }

    private static int fromTiff(byte[] b, int tiff) {
        boolean little = b[tiff] == 'I';
        int ifd = tiff + (int) number(b, tiff + 4, 4, little);
        int entries = (int) number(b, ifd, 2, little);
        for (int e = 0; e < entries; e++) {
            int at = ifd + 2 + e * 12;
            if (at + 12 > b.length) break;
            if (number(b, at, 2, little) == ORIENTATION_TAG) {
                int value = (int) number(b, at + 8, 2, little);
                return value >= 1 && value <= 8 ? value : UPRIGHT;
            }
        }
        return UPRIGHT;
    }

    private static long number(byte[] b, int at, int bytes, boolean little) {
        long v = 0;
        for (int i = 0; i < bytes; i++) {
            int k = little ? at + bytes - 1 - i : at + i;
            v = (v << 8) | (b[k] & 0xFF);
        }
        return v;
    }

    /** The picture as it should be seen. Orientations 5–8 swap width and height. */
    static BufferedImage apply(BufferedImage image, int orientation) {
        if (orientation <= UPRIGHT || orientation > 8) return image;
        int w = image.getWidth(), h = image.getHeight();
        boolean swap = orientation >= 5;
        int ow = swap ? h : w, oh = swap ? w : h;
        int[] src = image.getRGB(0, 0, w, h, null, 0, w);
        int[] out = new int[ow * oh];
        for (int y = 0; y < oh; y++) {
            for (int x = 0; x < ow; x++) {
                int sx, sy;
                switch (orientation) {
                    case 2 -> { sx = w - 1 - x; sy = y; }
                    case 3 -> { sx = w - 1 - x; sy = h - 1 - y; }
                    case 4 -> { sx = x; sy = h - 1 - y; }
                    case 5 -> { sx = y; sy = x; }
                    case 6 -> { sx = y; sy = h - 1 - x; }
                    case 7 -> { sx = w - 1 - y; sy = h - 1 - x; }
                    default -> { sx = w - 1 - y; sy = x; } // 8
                }
                out[y * ow + x] = src[sy * w + sx];
            }
        }
        BufferedImage turned = new BufferedImage(ow, oh, BufferedImage.TYPE_INT_ARGB);
        turned.setRGB(0, 0, ow, oh, out, 0, ow);
        return turned;
    }
}
