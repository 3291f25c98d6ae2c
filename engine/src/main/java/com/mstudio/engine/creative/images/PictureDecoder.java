package com.mstudio.engine.creative.images;

import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Decodes one PNG or JPEG file, or says in plain words why it cannot. ImageIO alone is not enough: a truncated JPEG
 * "decodes" with a grey lower half and only a warning, so warnings count as failures here; and a huge photo is read
 * subsampled so that one 100-megapixel file cannot exhaust memory when the model needs 64×64. A JPEG's EXIF
 * orientation is applied, so phone photos arrive upright.
 */
final class PictureDecoder {
    /** Pixels kept per side at most, relative to the target side, before the antialiased resize does the rest. */
    private static final int OVERSAMPLE = 4;
    private static final long MAX_PIXELS = 400_000_000L;

    private PictureDecoder() {}

    /** A decoded picture, or the reason there is none. */
    record Decoded(BufferedImage image, String problem) {
        static Decoded failed(String problem) {
            return new Decoded(null, problem);
        }
    }

    enum Format { PNG, JPEG, OTHER, EMPTY }

    /** What the first bytes say, whatever the file's name claims. */
    static Format sniff(Path file) throws IOException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n == 0) return Format.EMPTY;
        if (n >= 8 && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') return Format.PNG;
        if (n >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) return Format.JPEG;
        return Format.OTHER;
    }

    /** Decodes {@code file}, subsampling when it is far larger than {@code targetSide} pixels a side. */
    static Decoded decode(Path file, int targetSide) {
        Format format;
        try {
            format = sniff(file);
        } catch (IOException e) {
            return Decoded.failed("cannot be read: " + reason(e));
        }
        if (format == Format.EMPTY) return Decoded.failed("empty file (0 bytes)");
        if (format == Format.OTHER) return Decoded.failed("not a PNG or JPEG image");
        String kind = format == Format.PNG ? "PNG" : "JPEG";
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(kind);
            if (in == null || !readers.hasNext()) return Decoded.failed("cannot be read");
            ImageReader reader = readers.next();
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener(collect(warnings));
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0), h = reader.getHeight(0);
                if (w <= 0 || h <= 0) return Decoded.failed("damaged " + kind + ": the image has no pixels (" + w + "×" + h + ")");
                if ((long) w * h > MAX_PIXELS) {
                    return Decoded.failed("too large to read: " + w + "×" + h + " pixels");
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.min(w, h) / (OVERSAMPLE * targetSide));
                if (step > 1) param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage image = reader.read(0, param);
                if (!warnings.isEmpty()) return Decoded.failed("damaged or truncated " + kind + ": " + warnings.get(0));
                if (image == null || image.getWidth() <= 0 || image.getHeight() <= 0) return Decoded.failed("damaged " + kind + ": no pixels");
                if (format == Format.JPEG) image = ExifOrientation.apply(image, ExifOrientation.read(file));
                return new Decoded(image, null);
            } finally {
                reader.dispose();
            }
        } catch (IIOException e) {
            if (String.valueOf(e.getMessage()).contains("Unsupported Image Type")) {
                return Decoded.failed("a " + kind + " in a colour space that cannot be read (CMYK?); save it as RGB");
            }
            return Decoded.failed("damaged or truncated " + kind + ": " + reason(e));
        } catch (IOException e) {
            return Decoded.failed("cannot be read: " + reason(e));
        } catch (RuntimeException e) {
            // ImageIO's decoders throw unchecked exceptions on some malformed headers (negative sizes, bad palettes).
            return Decoded.failed("damaged " + kind + ": " + reason(e));
        }
    }

    private static IIOReadWarningListener collect(List<String> warnings) {
        return (source, warning) -> warnings.add(warning);
    }

    /** The innermost message, which is where ImageIO says what was actually wrong ("Premature end of JPEG file"). */
    static String reason(Throwable e) {
        Throwable t = e;
        String message = null;
        while (t != null) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) message = t.getMessage();
            if (t instanceof java.io.EOFException) return "the file ends too early";
            t = t.getCause();
        }
        if (message == null) return e.getClass().getSimpleName();
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }
}
