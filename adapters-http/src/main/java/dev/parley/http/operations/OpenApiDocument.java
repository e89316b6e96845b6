package dev.parley.http.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * The contract-first OpenAPI document. {@code openapi/openapi.yaml} names one fragment per feature
 * ({@code x-parley-fragments}); each fragment adds {@code paths} and {@code components}, so features
 * document themselves without editing one shared file.
 */
public final class OpenApiDocument {
    private static final String ROOT = "openapi/openapi.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private OpenApiDocument() {
    }

    public static ObjectNode load() {
        ObjectNode root = (ObjectNode) read(ROOT);
        JsonNode fragments = root.remove("x-parley-fragments");
        if (fragments instanceof ArrayNode names) {
            for (JsonNode name : names) {
                merge(root, (ObjectNode) read("openapi/" + name.asText()));
            }
        }
        return root;
    }

    private static void merge(ObjectNode root, ObjectNode fragment) {
        mergeObject(root.with("paths"), fragment.path("paths"));
        JsonNode components = fragment.path("components");
        for (Iterator<Map.Entry<String, JsonNode>> kinds = components.fields(); kinds.hasNext(); ) {
            Map.Entry<String, JsonNode> kind = kinds.next();
            mergeObject(root.with("components").with(kind.getKey()), kind.getValue());
        }
    }

    private static void mergeObject(ObjectNode target, JsonNode source) {
        for (Iterator<Map.Entry<String, JsonNode>> entries = source.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            if (target.has(entry.getKey())) {
                throw new IllegalStateException("OpenAPI fragments both define " + entry.getKey());
            }
            target.set(entry.getKey(), entry.getValue());
        }
    }

    private static JsonNode read(String resource) {
        try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing OpenAPI resource " + resource);
            }
            return YAML.readTree(in);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot read " + resource, failure);
        }
    }
}
