package dev.parley.http.operations;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The AsyncAPI 3 document of the real-time protocol ({@code asyncapi/asyncapi.yaml}), served as
 * {@code /asyncapi.json}. Its payload schemas refer to the OpenAPI document as {@code openapi.json#/...},
 * which resolves against {@code /asyncapi.json} to the served {@code /openapi.json}.
 */
public final class AsyncApiDocument {
    private static final String RESOURCE = "asyncapi/asyncapi.yaml";

    private AsyncApiDocument() {
    }

    public static ObjectNode load() {
        try (InputStream in = AsyncApiDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing AsyncAPI resource " + RESOURCE);
            }
            return (ObjectNode) new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot read " + RESOURCE, failure);
        }
    }
}
