package dev.parley.bootstrap.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.parley.http.operations.AsyncApiDocument;
import dev.parley.http.operations.OpenApiDocument;
import dev.parley.http.server.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks real-time frames against the AsyncAPI document ({@code /asyncapi.json}): a frame's {@code type} must name a
 * message Parley sends (or, for client frames, one it receives) and the frame must match that message's payload
 * schema. The payloads are OpenAPI 3.0 schemas referring to {@code openapi.json}, so they are checked with the same
 * validator as HTTP responses: each message becomes a pseudo-operation {@code GET /frames/<message>} of the OpenAPI
 * document, its refs rewritten to point inside it.
 */
public final class FrameContract {
    /** As in {@link ContractValidator}: extra properties are allowed (and reported for every allOf part). */
    private static final Set<String> NOT_ABOUT_THE_FRAME = Set.of("validation.response.body.schema.additionalProperties");
    private static final String OPENAPI_PREFIX = "openapi.json#/";
    private static final String FRAME_SCHEMA_PREFIX = "Frame";
    private static volatile FrameContract instance;

    private final OpenApiInteractionValidator validator;
    private final Map<String, List<String>> serverMessagesByType;
    private final Map<String, List<String>> clientMessagesByType;

    private FrameContract(JsonNode asyncApi) {
        ObjectNode openApi = OpenApiDocument.load();
        ObjectNode schemas = openApi.with("components").with("schemas");
        asyncApi.path("components").path("schemas").properties().forEach(schema ->
                schemas.set(FRAME_SCHEMA_PREFIX + schema.getKey(), rewriteRefs(schema.getValue().deepCopy())));
        ObjectNode paths = openApi.with("paths");
        asyncApi.path("components").path("messages").properties().forEach(message -> {
            JsonNode schema = rewriteRefs(message.getValue().path("payload").path("schema").deepCopy());
            ObjectNode response = Json.mapper().createObjectNode().put("description", "the frame");
            response.putObject("content").putObject("application/json").set("schema", schema);
            paths.putObject("/frames/" + message.getKey()).putObject("get").putObject("responses").set("200", response);
        });
        this.serverMessagesByType = messagesByType(asyncApi, true);
        this.clientMessagesByType = messagesByType(asyncApi, false);
        try {
            this.validator = OpenApiInteractionValidator
                    .createForInlineApiSpecification(Json.mapper().writeValueAsString(openApi)).build();
        } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Fails unless {@code frame}, received from the server (WebSocket or SSE), matches a message Parley sends. */
    public static void checkServerFrame(JsonNode frame) {
        contract().check(frame, contract().serverMessagesByType, "server");
    }

    /** Fails unless {@code frame}, as a client would send it, matches a message Parley receives. */
    public static void checkClientFrame(JsonNode frame) {
        contract().check(frame, contract().clientMessagesByType, "client");
    }

    /** The message names (frame types) Parley sends, as the AsyncAPI document lists them. */
    public static Set<String> serverFrameTypes() {
        return contract().serverMessagesByType.keySet();
    }

    private void check(JsonNode frame, Map<String, List<String>> messagesByType, String side) {
        String type = frame.path("type").asText("");
        List<String> candidates = messagesByType.getOrDefault(type, List.of());
        if (candidates.isEmpty()) {
            throw new AssertionError("the " + side + " frame type '" + type + "' is not in the AsyncAPI document: " + frame);
        }
        List<String> problems = new ArrayList<>();
        for (String message : candidates) {
            ValidationReport report = validator.validateResponse("/frames/" + message, Request.Method.GET,
                    SimpleResponse.Builder.ok().withContentType("application/json").withBody(frame.toString()).build());
            List<String> found = report.getMessages().stream()
                    .filter(problem -> !NOT_ABOUT_THE_FRAME.contains(problem.getKey()))
                    .map(problem -> message + ": " + problem.getMessage()).toList();
            if (found.isEmpty()) {
                return;
            }
            problems.addAll(found);
        }
        throw new AssertionError("the " + side + " frame does not match the AsyncAPI document:\n  "
                + String.join("\n  ", problems) + "\nframe: " + frame);
    }

    /** Frame type → message keys; Parley sends the messages of its send operations and its replies. */
    private static Map<String, List<String>> messagesByType(JsonNode asyncApi, boolean sentByServer) {
        Map<String, List<String>> byType = new HashMap<>();
        asyncApi.path("operations").forEach(operation -> {
            boolean sends = operation.path("action").asText().equals("send");
            List<JsonNode> refs = new ArrayList<>();
            if (sends == sentByServer) {
                operation.path("messages").forEach(refs::add);
            }
            if (sentByServer) {
                operation.path("reply").path("messages").forEach(refs::add);
            }
            for (JsonNode ref : refs) {
                String pointer = ref.path("$ref").asText();
                String key = pointer.substring(pointer.lastIndexOf('/') + 1);
                String type = asyncApi.path("components").path("messages").path(key).path("name").asText();
                List<String> keys = byType.computeIfAbsent(type, ignored -> new ArrayList<>());
                if (!keys.contains(key)) {
                    keys.add(key);
                }
            }
        });
        return byType;
    }

    /** {@code openapi.json#/x} → {@code #/x}; the AsyncAPI document's own schemas → their copies' names. */
    private static JsonNode rewriteRefs(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual()) {
                String target = ref.asText();
                if (target.startsWith(OPENAPI_PREFIX)) {
                    object.set("$ref", TextNode.valueOf("#/" + target.substring(OPENAPI_PREFIX.length())));
                } else if (target.startsWith("#/components/schemas/")) {
                    object.set("$ref", TextNode.valueOf("#/components/schemas/" + FRAME_SCHEMA_PREFIX
                            + target.substring("#/components/schemas/".length())));
                }
            }
            object.properties().forEach(entry -> rewriteRefs(entry.getValue()));
        } else if (node != null && node.isArray()) {
            node.forEach(FrameContract::rewriteRefs);
        }
        return node;
    }

    private static FrameContract contract() {
        if (instance == null) {
            synchronized (FrameContract.class) {
                if (instance == null) {
                    instance = new FrameContract(AsyncApiDocument.load());
                }
            }
        }
        return instance;
    }
}
