package dev.parley.http.operations;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build tool: writes {@code openapi.json} (the merged OpenAPI document) and {@code asyncapi.json} into one
 * directory, exactly as {@code GET /openapi.json} and {@code GET /asyncapi.json} serve them, so tools that read
 * files (the Redocly linter in CI, the OpenAPI Generator of {@code examples/generated-client}) see what clients
 * see, and the AsyncAPI document's relative {@code openapi.json#/...} references resolve on disk too.
 * Usage: {@code ApiDocumentsBundle <output directory>}.
 */
public final class ApiDocumentsBundle {
    private ApiDocumentsBundle() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ApiDocumentsBundle <output directory>");
        }
        Path directory = Files.createDirectories(Path.of(args[0]));
        ObjectMapper json = new ObjectMapper();
        json.writerWithDefaultPrettyPrinter().writeValue(directory.resolve("openapi.json").toFile(), OpenApiDocument.load());
        json.writerWithDefaultPrettyPrinter().writeValue(directory.resolve("asyncapi.json").toFile(), AsyncApiDocument.load());
    }
}
