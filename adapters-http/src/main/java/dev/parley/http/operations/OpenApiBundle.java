package dev.parley.http.operations;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build tool: writes the merged OpenAPI document (exactly what {@code GET /openapi.json} serves) to a file, so
 * tools that read one file (the Redocly linter in CI, the OpenAPI Generator of {@code examples/generated-client})
 * see the same document as clients. Usage: {@code OpenApiBundle <output.json>}.
 */
public final class OpenApiBundle {
    private OpenApiBundle() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: OpenApiBundle <output.json>");
        }
        Path output = Path.of(args[0]);
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(output.toFile(), OpenApiDocument.load());
    }
}
