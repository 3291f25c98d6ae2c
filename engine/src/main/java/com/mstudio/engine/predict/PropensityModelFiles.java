package com.mstudio.engine.predict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mstudio.engine.api.FittedTransform;
import com.mstudio.engine.api.PropensityModel;
import com.mstudio.engine.api.PropensityRequest;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.store.AtomicFiles;
import com.mstudio.engine.store.Json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A propensity model as one zip file: {@value #SIDECAR} (everything but the network, versioned JSON that a person can
 * read) and {@value #NETWORK} (the DL4J model zip exactly as DL4J wrote it, stored without recompression). Written
 * atomically. Reading checks the zip's directory and each entry's checksum, so a file cut short by a full disk or a
 * copy gone wrong is reported as damaged, in plain words naming the file, instead of failing later inside DL4J.
 */
public final class PropensityModelFiles {
    static final String SIDECAR = "model.json";
    static final String NETWORK = "network.zip";
    private static final ObjectMapper JSON = Json.newMapper();
    private static final int END_SIGNATURE = 0x06054b50;
    private static final int END_RECORD = 22; // bytes, without the trailing comment

    private PropensityModelFiles() {}

    /**
     * What {@value #SIDECAR} holds: the model without its network bytes. {@code scoreOddsFactor} is boxed because
     * format 1 has none: a missing one reads as 1.0 (those models score with the network's output unchanged, as when
     * they were measured).
     */
    record Sidecar(int formatVersion, PropensityModel.Kind kind, String createdAt, String sourceName, long seed,
                   String target, String positiveValue, List<String> features, FittedTransform transform,
                   PropensityRequest.MlpSettings settings, String imbalance, Double scoreOddsFactor,
                   PropensityModel.Metrics test) {
        static Sidecar of(PropensityModel m) {
            return new Sidecar(PropensityModel.FORMAT_VERSION, m.kind(), m.createdAt(), m.sourceName(), m.seed(), m.target(),
                    m.positiveValue(), m.features(), m.transform(), m.settings(), m.imbalance(), m.scoreOddsFactor(), m.test());
        }

        double oddsFactor() {
            return scoreOddsFactor == null ? 1.0 : scoreOddsFactor;
        }

        PropensityModel with(byte[] network) {
            return new PropensityModel(formatVersion, kind, createdAt, sourceName, seed, target, positiveValue, features,
                    transform, settings, imbalance, oddsFactor(), test, network);
        }
    }

    public static void save(PropensityModel m, Path file) {
        if (m.networkZip() == null || m.networkZip().length == 0) {
            throw new IllegalArgumentException("the model has no network to save");
        }
        try {
            byte[] sidecar = JSON.writeValueAsBytes(Sidecar.of(m));
            AtomicFiles.write(file, out -> {
                ZipOutputStream zip = new ZipOutputStream(out);
                zip.putNextEntry(new ZipEntry(SIDECAR));
                zip.write(sidecar);
                zip.closeEntry();
                zip.putNextEntry(stored(NETWORK, m.networkZip()));
                zip.write(m.networkZip());
                zip.closeEntry();
                zip.finish();
            });
        } catch (IOException e) {
            throw new StudioException("Could not save the model: " + e.getMessage(), file, -1, null, e);
        }
    }

    public static PropensityModel load(Path file) {
        if (!Files.isRegularFile(file)) throw problem(file, "The model file is missing.", null);
        if (!Files.isReadable(file)) throw problem(file, "The model file cannot be read (no permission).", null);
        if (looksLikeZip(file) && !endsLikeZip(file)) {
            throw problem(file, "The model file is damaged (cut short) and cannot be read.", null);
        }
        byte[] sidecarBytes, network;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            sidecarBytes = entry(zip, SIDECAR, "the model's description", file);
            network = entry(zip, NETWORK, "the neural network", file);
        } catch (IOException e) {
            // The zip's own errors (no directory, bad block, unexpected end) all mean the same to the user.
            throw problem(file, looksLikeZip(file) ? "The model file is damaged (cut short or corrupted) and cannot be read."
                    : "This is not a Marketing Studio model file (it is not a zip archive).", e);
        }
        Sidecar s = sidecar(sidecarBytes, file);
        String missing = missingPart(s);
        if (missing != null) throw problem(file, "The model file is damaged: " + missing + " is missing.", null);
        if (!looksLikeZip(network)) throw problem(file, "The model file is damaged: its neural network is not a DL4J model.", null);
        return s.with(network);
    }

    /** The version is checked before the rest is read: a newer file may hold fields and values this one cannot map. */
    private static Sidecar sidecar(byte[] bytes, Path file) {
        JsonNode node;
        try {
            node = JSON.readTree(bytes);
        } catch (IOException e) {
            throw problem(file, "The model file is damaged: its description (" + SIDECAR + ") cannot be read.", e);
        }
        if (node == null || !node.isObject()) {
            throw problem(file, "The model file is damaged: its description (" + SIDECAR + ") is empty.", null);
        }
        int version = node.path("formatVersion").asInt(0);
        int transformVersion = node.path("transform").path("formatVersion").asInt(0);
        if (version > PropensityModel.FORMAT_VERSION || transformVersion > FittedTransform.FORMAT_VERSION) {
            throw problem(file, "This model was saved by a newer version of Marketing Studio (format " + version
                    + "). Update the app to open it.", null);
        }
        try {
            return JSON.treeToValue(node, Sidecar.class);
        } catch (IOException | RuntimeException e) {
            throw problem(file, "The model file is damaged: its description (" + SIDECAR + ") cannot be read.", e);
        }
    }

    private static byte[] entry(ZipFile zip, String name, String what, Path file) throws IOException {
        ZipEntry e = zip.getEntry(name);
        if (e == null) throw problem(file, "The model file is incomplete: " + what + " (" + name + ") is not in it.", null);
        byte[] bytes;
        try (InputStream in = zip.getInputStream(e)) {
            bytes = in.readAllBytes();
        }
        CRC32 crc = new CRC32();
        crc.update(bytes);
        if (e.getCrc() != -1 && crc.getValue() != e.getCrc()) {
            throw problem(file, "The model file is damaged: " + what + " (" + name + ") fails its checksum.", null);
        }
        return bytes;
    }

    private static String missingPart(Sidecar s) {
        if (s.kind() == null) return "which kind of model it is";
        if (s.target() == null || s.positiveValue() == null) return "the target column";
        if (s.features() == null || s.features().isEmpty()) return "the list of input columns";
        if (s.transform() == null || s.transform().columns() == null) return "the cleaning steps";
        if (s.test() == null) return "the test figures";
        if (!(s.oddsFactor() > 0) || Double.isInfinite(s.oddsFactor())) return "a valid score correction";
        return null;
    }

    /** The network is already compressed: storing it as is keeps saving fast and the bytes identical. */
    private static ZipEntry stored(String name, byte[] bytes) {
        ZipEntry e = new ZipEntry(name);
        e.setMethod(ZipEntry.STORED);
        e.setSize(bytes.length);
        e.setCompressedSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        e.setCrc(crc.getValue());
        return e;
    }

    private static boolean looksLikeZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return looksLikeZip(in.readNBytes(4));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether the file ends with a zip's end-of-directory record. Checked before opening because a model file holds
     * another zip (the network): cut short, its inner end record would otherwise be taken for the outer one, and the
     * file would look like a zip without our entries rather than like the damaged file it is.
     */
    private static boolean endsLikeZip(Path file) {
        try (var ch = java.nio.channels.FileChannel.open(file)) {
            long size = ch.size();
            int tail = (int) Math.min(size, END_RECORD + 0xFFFF);
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(tail).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            while (buf.hasRemaining() && ch.read(buf, size - tail + buf.position()) > 0) {
                // FileChannel may read less than asked; go on until the tail is in.
            }
            for (int at = tail - END_RECORD; at >= 0; at--) {
                if (buf.getInt(at) == END_SIGNATURE && (buf.getShort(at + 20) & 0xFFFF) == tail - at - END_RECORD) return true;
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean looksLikeZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    private static StudioException problem(Path file, String message, Throwable cause) {
        return new StudioException(message, file, -1, null, cause);
    }
}
