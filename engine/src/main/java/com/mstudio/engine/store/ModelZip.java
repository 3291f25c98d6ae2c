package com.mstudio.engine.store;

import com.mstudio.engine.data.WriteProblems;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mstudio.engine.api.StudioException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The file layout every saved neural model shares: one zip with {@value #SIDECAR} (everything but the network,
 * versioned JSON that a person can read) and {@value #NETWORK} (the DL4J model zip exactly as DL4J wrote it, stored
 * without recompression). Written atomically. Reading checks the zip's directory and each entry's checksum, so a file
 * cut short by a full disk or a copy gone wrong is reported as damaged, in plain words naming the file, instead of
 * failing later inside DL4J. What the sidecar means is up to the caller (PropensityModelFiles, CopyModelFiles).
 */
public final class ModelZip {
    public static final String SIDECAR = "model.json";
    public static final String NETWORK = "network.zip";
    private static final int END_SIGNATURE = 0x06054b50;
    private static final int END_RECORD = 22; // bytes, without the trailing comment

    private ModelZip() {}

    /** The two entries' bytes, checked against their checksums. */
    public record Parts(byte[] sidecar, byte[] network) {}

    /**
     * Every entry's time: 1980-01-01, the earliest a zip can hold, so that the same model gives the same bytes (the
     * demo models are checked that way); when a model was made is in its description, and the file has its own time.
     */
    private static final long ENTRY_TIME = 315_532_800_000L;

    /** Writes {@code sidecar} as JSON with {@code json} and the network bytes as one zip, atomically. */
    public static void save(Path file, ObjectMapper json, Object sidecar, byte[] network) {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(sidecar);
        } catch (IOException e) {
            throw new StudioException("Could not save the model: " + e.getMessage(), file, -1, null, e);
        }
        write(file, bytes, network);
    }

    /** Writes the sidecar JSON and the network bytes as one zip, atomically. */
    public static void write(Path file, byte[] sidecar, byte[] network) {
        if (network == null || network.length == 0) throw new IllegalArgumentException("the model has no network to save");
        try {
            AtomicFiles.write(file, out -> {
                ZipOutputStream zip = new ZipOutputStream(out);
                ZipEntry description = new ZipEntry(SIDECAR);
                description.setTime(ENTRY_TIME);
                zip.putNextEntry(description);
                zip.write(sidecar);
                zip.closeEntry();
                zip.putNextEntry(stored(NETWORK, network));
                zip.write(network);
                zip.closeEntry();
                zip.finish();
            });
        } catch (IOException e) {
            throw new StudioException("Could not save the model. " + WriteProblems.describe(file, e), file, -1, null, e);
        }
    }

    /**
     * Reads both entries.
     *
     * @throws StudioException naming the file when it is missing, unreadable, not a zip, cut short, without one of
     *                         the entries, failing a checksum, or when its network is not a zip
     */
    public static Parts read(Path file) {
        if (!Files.isRegularFile(file)) throw problem(file, "The model file is missing.", null);
        if (!Files.isReadable(file)) throw problem(file, "The model file cannot be read (no permission).", null);
        if (looksLikeZip(file) && !endsLikeZip(file)) {
            throw problem(file, "The model file is damaged (cut short) and cannot be read.", null);
        }
        byte[] sidecar, network;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            sidecar = entry(zip, SIDECAR, "the model's description", file);
            network = entry(zip, NETWORK, "the neural network", file);
        } catch (IOException e) {
            // The zip's own errors (no directory, bad block, unexpected end) all mean the same to the user.
            throw problem(file, looksLikeZip(file) ? "The model file is damaged (cut short or corrupted) and cannot be read."
                    : "This is not a Marketing Studio model file (it is not a zip archive).", e);
        }
        if (!looksLikeZip(network)) throw problem(file, "The model file is damaged: its neural network is not a DL4J model.", null);
        return new Parts(sidecar, network);
    }

    /** The sidecar as a JSON tree, so that the caller can check its format version before mapping it. */
    public static JsonNode sidecarTree(ObjectMapper json, byte[] bytes, Path file) {
        JsonNode node;
        try {
            node = json.readTree(bytes);
        } catch (IOException e) {
            throw unreadableSidecar(file, e);
        }
        if (node == null || !node.isObject()) {
            throw problem(file, "The model file is damaged: its description (" + SIDECAR + ") is empty.", null);
        }
        return node;
    }

    /** Maps a (version-checked) sidecar tree; a value that does not fit, or a record that refuses it, is damage. */
    public static <T> T sidecarValue(ObjectMapper json, JsonNode node, Class<T> type, Path file) {
        try {
            return json.treeToValue(node, type);
        } catch (IOException | RuntimeException e) {
            throw unreadableSidecar(file, e);
        }
    }

    /** The kinds of model that share this layout, told apart by the fields only their sidecar has. */
    public enum Family {
        PROPENSITY("a propensity model", "target", "transform"),
        COPY("a copy classification model", "labels", "tokenizer"),
        CREATIVE("an image (creative) model", "request", "shape");

        private final String words;
        private final String[] fields;

        Family(String words, String... fields) {
            this.words = words;
            this.fields = fields;
        }

        boolean matches(JsonNode sidecar) {
            for (String f : fields) if (!sidecar.has(f)) return false;
            return true;
        }
    }

    /**
     * Refuses a model of another family (a copy model given where a propensity model is expected, or the reverse)
     * in words, before its version or fields are checked: otherwise it would read as damaged or as newer.
     */
    public static void requireFamily(JsonNode sidecar, Family expected, Path file) {
        if (expected.matches(sidecar)) return;
        for (Family other : Family.values()) {
            if (other != expected && other.matches(sidecar)) {
                throw problem(file, "This is " + other.words + ", not " + expected.words + ".", null);
            }
        }
    }

    public static StudioException newerVersion(Path file, int version) {
        return problem(file, "This model was saved by a newer version of Marketing Studio (format " + version
                + "). Update the app to open it.", null);
    }

    /** @param part what is missing, in words, e.g. "the target column" */
    public static StudioException partMissing(Path file, String part) {
        return problem(file, "The model file is damaged: " + part + " is missing.", null);
    }

    public static StudioException problem(Path file, String message, Throwable cause) {
        return new StudioException(message, file, -1, null, cause);
    }

    private static StudioException unreadableSidecar(Path file, Throwable cause) {
        return problem(file, "The model file is damaged: its description (" + SIDECAR + ") cannot be read.", cause);
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

    /** The network is already compressed: storing it as is keeps saving fast and the bytes identical. */
    private static ZipEntry stored(String name, byte[] bytes) {
        ZipEntry e = new ZipEntry(name);
        e.setTime(ENTRY_TIME);
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
        try (FileChannel ch = FileChannel.open(file)) {
            long size = ch.size();
            int tail = (int) Math.min(size, END_RECORD + 0xFFFF);
            ByteBuffer buf = ByteBuffer.allocate(tail).order(ByteOrder.LITTLE_ENDIAN);
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
}
