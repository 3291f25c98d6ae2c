package com.mstudio.engine.creative.images;

import com.mstudio.engine.api.ImageService;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.data.WriteProblems;
import com.mstudio.engine.store.AtomicFiles;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes opaque RGB pixels as a PNG with text metadata (seed, model, date…), atomically. Keys are written in sorted
 * order so the same pixels and metadata always give the same bytes. Plain Latin-1 values go into tEXt chunks, which
 * every viewer shows; other text (a model named in Chinese) goes into an iTXt chunk, which holds UTF-8.
 */
final class PngFiles {
    private static final String FORMAT = "javax_imageio_png_1.0";
    static final String SOFTWARE = "Marketing Studio";

    private PngFiles() {}

    static void write(int[] argb, int width, int height, Map<String, String> metadata, Path file) {
        byte[] bytes;
        try {
            bytes = encode(argb, width, height, metadata);
        } catch (IOException e) {
            throw new StudioException("The PNG could not be encoded: " + PictureDecoder.reason(e), file, -1, null, e);
        }
        try {
            AtomicFiles.writeExport(file, bytes);
        } catch (IOException e) {
            throw new StudioException("The PNG could not be written. " + WriteProblems.describe(file, e), file, -1, null, e);
        }
    }

    static byte[] encode(int[] argb, int width, int height, Map<String, String> metadata) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            addText(meta, withSoftware(metadata));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(null, new IIOImage(image, null, meta), param);
            }
            return out.toByteArray();
        } finally {
            writer.dispose();
        }
    }

    private static Map<String, String> withSoftware(Map<String, String> metadata) {
        TreeMap<String, String> all = new TreeMap<>();
        if (metadata != null) metadata.forEach((k, v) -> {
            if (k != null && v != null) all.put(k, v);
        });
        all.putIfAbsent(ImageService.META_SOFTWARE, SOFTWARE);
        return all;
    }

    private static void addText(IIOMetadata meta, Map<String, String> entries) throws IIOInvalidTreeException {
        IIOMetadataNode root = new IIOMetadataNode(FORMAT);
        IIOMetadataNode text = new IIOMetadataNode("tEXt");
        IIOMetadataNode international = new IIOMetadataNode("iTXt");
        for (Map.Entry<String, String> e : entries.entrySet()) {
            String key = keyword(e.getKey());
            if (latin1(e.getValue())) {
                IIOMetadataNode entry = new IIOMetadataNode("tEXtEntry");
                entry.setAttribute("keyword", key);
                entry.setAttribute("value", e.getValue());
                text.appendChild(entry);
            } else {
                IIOMetadataNode entry = new IIOMetadataNode("iTXtEntry");
                entry.setAttribute("keyword", key);
                entry.setAttribute("compressionFlag", "FALSE");
                entry.setAttribute("compressionMethod", "0");
                entry.setAttribute("languageTag", "");
                entry.setAttribute("translatedKeyword", "");
                entry.setAttribute("text", e.getValue());
                international.appendChild(entry);
            }
        }
        if (text.getLength() > 0) root.appendChild(text);
        if (international.getLength() > 0) root.appendChild(international);
        meta.mergeTree(FORMAT, root);
    }

    /** PNG keywords are 1–79 Latin-1 printable characters without leading, trailing or double spaces. */
    private static String keyword(String key) {
        StringBuilder k = new StringBuilder();
        for (char c : key.strip().toCharArray()) {
            boolean printable = (c >= 32 && c <= 126) || (c >= 161 && c <= 255);
            if (printable && !(c == ' ' && k.length() > 0 && k.charAt(k.length() - 1) == ' ')) k.append(c);
        }
        String s = k.toString().strip();
        if (s.isEmpty()) throw new IllegalArgumentException("PNG metadata key \"" + key + "\" has no printable characters");
        return s.length() > 79 ? s.substring(0, 79) : s;
    }

    private static boolean latin1(String s) {
        return StandardCharsets.ISO_8859_1.newEncoder().canEncode(s) && s.chars().noneMatch(c -> c == 0);
    }
}
