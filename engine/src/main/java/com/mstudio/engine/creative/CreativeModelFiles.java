package com.mstudio.engine.creative;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mstudio.engine.api.CreativeModel;
import com.mstudio.engine.api.CreativeQuality;
import com.mstudio.engine.api.CreativeRequest;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.store.Json;
import com.mstudio.engine.store.ModelZip;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A generative model as one zip file ({@link ModelZip}): {@value ModelZip#SIDECAR} holds everything but the networks
 * (name, settings, image shape, class names, epochs, quality, loss curve, date; versioned) and {@value ModelZip#NETWORK}
 * a zip whose one entry {@value #NETWORKS_ENTRY} is the networks exactly as {@link GenerativeNetwork#toBytes()} wrote them. Both entries are checksummed by the zip.
 * Loading checks that the description is complete and consistent (a model whose classes or shape do not fit its
 * networks would fail later, inside DL4J, with words no user can act on).
 */
public final class CreativeModelFiles {
    private static final ObjectMapper JSON = Json.newMapper();
    static final String NETWORKS_ENTRY = "networks.bin";
    private static final long FIXED_TIME = 315_532_800_000L; // 1980-01-01, the earliest time a zip can hold

    private CreativeModelFiles() {}

    /** What {@value ModelZip#SIDECAR} holds: the model without its network bytes. */
    record Sidecar(int formatVersion, String name, String createdAt, String sourceName, CreativeRequest request,
                   ImageShape shape, List<String> classes, int epochsTrained, CreativeQuality quality,
                   List<CreativeModel.EpochLosses> curve) {
        static Sidecar of(CreativeModel m) {
            return new Sidecar(CreativeModel.FORMAT_VERSION, m.name(), m.createdAt(), m.sourceName(), m.request(),
                    m.shape(), m.classes(), m.epochsTrained(), m.quality(), m.curve());
        }

        CreativeModel with(byte[] networks) {
            return new CreativeModel(formatVersion, name, createdAt, sourceName == null ? "" : sourceName, request,
                    shape, classes, epochsTrained, quality, curve == null ? List.of() : curve, networks);
        }
    }

    /** {@code m} with its networks written again without their optimiser state (see {@link GenerativeNetwork#toBytes(boolean)}). */
    static CreativeModel weightsOnly(CreativeModel m) {
        GenerativeNetwork net = GenerativeNetworks.restore(m.request(), m.shape(), m.classes().size(), m.networks());
        return Sidecar.of(m).with(net.toBytes(false));
    }

    /** Writes the model atomically. */
    public static void save(CreativeModel m, Path file) {
        ModelZip.save(file, JSON, Sidecar.of(m), wrap(m.networks()));
    }

    /** @throws StudioException naming the file when it is missing, not a model, damaged or from a newer version */
    public static CreativeModel load(Path file) {
        ModelZip.Parts parts = ModelZip.read(file);
        JsonNode node = ModelZip.sidecarTree(JSON, parts.sidecar(), file);
        ModelZip.requireFamily(node, ModelZip.Family.CREATIVE, file);
        if (!node.has("request") || !node.has("shape")) {
            throw ModelZip.problem(file, "This is not an image model: its description has no image settings.", null);
        }
        // The version first: a newer file may hold fields and values this version cannot map.
        int version = node.path("formatVersion").asInt(0);
        if (version > CreativeModel.FORMAT_VERSION) throw ModelZip.newerVersion(file, version);
        Sidecar s = ModelZip.sidecarValue(JSON, node, Sidecar.class, file);
        String missing = missingPart(s);
        if (missing != null) throw ModelZip.partMissing(file, missing);
        return s.with(unwrap(parts.network(), file));
    }

    /**
     * The networks' own bytes (a header and raw floats for the hand-written networks) inside a one-entry zip: the
     * shared layout expects a zip there and checks it, and deflating the floats saves a little.
     */
    static byte[] wrap(byte[] networks) {
        if (networks == null || networks.length == 0) throw new IllegalArgumentException("the model has no networks to save");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(networks.length / 2 + 256);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            ZipEntry entry = new ZipEntry(NETWORKS_ENTRY);
            entry.setTime(FIXED_TIME); // the same networks give the same bytes
            zip.putNextEntry(entry);
            zip.write(networks);
            zip.closeEntry();
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        }
        return bytes.toByteArray();
    }

    private static byte[] unwrap(byte[] zipped, Path file) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipped))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals(NETWORKS_ENTRY)) {
                    byte[] networks = zip.readAllBytes(); // the entry's CRC is checked at its end
                    if (networks.length == 0) break;
                    return networks;
                }
            }
        } catch (IOException e) {
            throw ModelZip.problem(file, "The model file is damaged: its networks cannot be read.", e);
        }
        throw ModelZip.partMissing(file, "the networks' weights (" + NETWORKS_ENTRY + ")");
    }

    private static String missingPart(Sidecar s) {
        if (s.name() == null || s.name().isBlank()) return "the model's name";
        if (s.request() == null || s.request().preset() == null) return "the training settings";
        if (s.shape() == null) return "the image size";
        if (!s.request().preset().supports(s.shape())) return "an image size the model supports";
        if (s.classes() == null || s.classes().contains(null) || s.classes().size() == 1
                || new HashSet<>(s.classes()).size() != s.classes().size()) {
            return "the list of classes";
        }
        if (s.request().conditional() != !s.classes().isEmpty()) return "the list of classes it was conditioned on";
        if (s.epochsTrained() < 1) return "the number of epochs it was trained";
        return null;
    }
}
