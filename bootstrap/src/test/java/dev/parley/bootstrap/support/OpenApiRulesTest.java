package dev.parley.bootstrap.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.http.operations.OpenApiDocument;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * The rules the Redocly lint in CI enforces on the OpenAPI document that matter most to client generators,
 * checked in Java too so they hold in every build, with or without npm: every operation has a unique camelCase
 * {@code operationId} and a declared tag, every API operation documents a 4xx answer with the error envelope,
 * and {@code nullable} never appears without a {@code type} beside it.
 */
class OpenApiRulesTest {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final String ERROR_SCHEMA = "#/components/schemas/Error";
    private final JsonNode document = OpenApiDocument.load();

    @Test
    void every_operation_has_a_unique_camel_case_operation_id() {
        Map<String, List<String>> operationsById = new HashMap<>();
        List<String> missing = new ArrayList<>();
        forEachOperation((name, operation) -> {
            String id = operation.path("operationId").asText("");
            if (!id.matches("[a-z][a-zA-Z0-9]*")) {
                missing.add(name + " (operationId: '" + id + "')");
            }
            operationsById.computeIfAbsent(id, key -> new ArrayList<>()).add(name);
        });

        assertThat(missing).as("operations without a camelCase operationId").isEmpty();
        assertThat(operationsById.values()).as("operationIds used twice").allMatch(names -> names.size() == 1);
    }

    @Test
    void every_operation_has_a_tag_declared_in_the_document() {
        Set<String> declared = new HashSet<>();
        document.path("tags").forEach(tag -> declared.add(tag.path("name").asText()));
        List<String> untagged = new ArrayList<>();
        forEachOperation((name, operation) -> {
            JsonNode tags = operation.path("tags");
            if (tags.isEmpty() || !declared.contains(tags.path(0).asText())) {
                untagged.add(name + " " + tags);
            }
        });

        assertThat(untagged).as("operations without a tag declared in openapi.yaml's tags " + declared).isEmpty();
    }

    @Test
    void every_api_operation_documents_a_client_error_with_the_error_envelope() {
        List<String> without = new ArrayList<>();
        forEachOperation((name, operation) -> {
            if (!name.contains(" /api/")) {
                return; // probes and documents (/health, /metrics, /openapi.json...) take no input
            }
            boolean documented = false;
            for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
                if (response.getKey().startsWith("4")) {
                    String schema = resolve(response.getValue()).path("content").path("application/json")
                            .path("schema").path("$ref").asText();
                    if (!schema.equals(ERROR_SCHEMA)) {
                        without.add(name + " " + response.getKey() + " is not the error envelope");
                    }
                    documented = true;
                }
            }
            if (!documented) {
                without.add(name + " has no 4xx response");
            }
        });

        assertThat(without).isEmpty();
    }

    @Test
    void nullable_always_has_a_type_beside_it() {
        List<String> bare = new ArrayList<>();
        findBareNullable(document, "#", bare);

        assertThat(bare).as("`nullable: true` without `type` (OpenAPI 3.0 ignores it; generators guess)").isEmpty();
    }

    @Test
    void the_documented_error_codes_are_exactly_the_servers() {
        List<String> documented = new ArrayList<>();
        document.at("/components/schemas/ErrorCode/enum").forEach(code -> documented.add(code.asText()));

        assertThat(documented).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(ErrorCode.values()).map(ErrorCode::wire).toList());
    }

    private void forEachOperation(BiConsumer<String, JsonNode> check) {
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (METHODS.contains(operation.getKey())) {
                    check.accept(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), operation.getValue());
                }
            }
        }
    }

    private JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/") ? document.at(ref.substring(1)) : node;
    }

    private static void findBareNullable(JsonNode node, String pointer, List<String> bare) {
        if (node.isObject()) {
            if (node.path("nullable").asBoolean(false) && !node.has("type")) {
                bare.add(pointer);
            }
            node.properties().forEach(entry -> findBareNullable(entry.getValue(), pointer + "/" + entry.getKey(), bare));
        } else if (node.isArray()) {
            for (int index = 0; index < node.size(); index++) {
                findBareNullable(node.get(index), pointer + "/" + index, bare);
            }
        }
    }
}
