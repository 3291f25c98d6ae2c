package com.mstudio.engine.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.api.WorkspaceManifest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads and writes {@code workspace.json}. Top-level fields this version does not know (written by a newer one) are
 * kept aside and written back unchanged, so opening a workspace in an older app does not destroy newer work.
 */
final class ManifestCodec {
    private static final Set<String> KNOWN = Arrays.stream(WorkspaceManifest.class.getRecordComponents())
            .map(java.lang.reflect.RecordComponent::getName).collect(Collectors.toUnmodifiableSet());

    private final ObjectMapper json = Json.newMapper();

    /** A manifest as read, with the unknown top-level fields it carried. */
    record Decoded(WorkspaceManifest manifest, ObjectNode unknown) {}

    /** @throws StudioException naming the file when it is not a valid manifest */
    Decoded decode(byte[] bytes, Path file) {
        try {
            JsonNode tree = json.readTree(bytes);
            if (tree == null || !tree.isObject()) throw damaged(file, "it is empty or not a workspace manifest", null);
            WorkspaceManifest m = json.treeToValue(tree, WorkspaceManifest.class);
            if (m.piiSalt() == null || m.piiSalt().isBlank()) throw damaged(file, "its privacy key is missing", null);
            if (m.formatVersion() < 1) throw damaged(file, "it has no format version", null);
            ObjectNode unknown = json.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!KNOWN.contains(e.getKey())) unknown.set(e.getKey(), e.getValue());
            }
            return new Decoded(m, unknown);
        } catch (IOException | IllegalArgumentException e) {
            throw damaged(file, "it is not valid JSON", e);
        }
    }

    byte[] encode(WorkspaceManifest manifest, ObjectNode unknown) {
        ObjectNode node = json.valueToTree(manifest);
        if (unknown != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = unknown.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!node.has(e.getKey())) node.set(e.getKey(), e.getValue());
            }
        }
        try {
            return json.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException("a manifest always serialises", e);
        }
    }

    static StudioException damaged(Path file, String why, Throwable cause) {
        boolean manifest = file.getFileName().toString().equals(OpenWorkspace.MANIFEST);
        String advice = manifest && Files.exists(file.resolveSibling(OpenWorkspace.BACKUP))
                ? " The last good version was kept as " + OpenWorkspace.BACKUP + ": restore it to go on where you left off."
                : "";
        return new StudioException("The workspace file " + file.getFileName() + " in " + file.toAbsolutePath().getParent()
                + " is damaged (" + why + ")." + advice, file, -1, null, cause);
    }
}
