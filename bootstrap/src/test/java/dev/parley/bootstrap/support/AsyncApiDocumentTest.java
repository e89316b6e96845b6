package dev.parley.bootstrap.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.parley.http.operations.AsyncApiDocument;
import dev.parley.http.operations.OpenApiDocument;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The AsyncAPI document is valid AsyncAPI 3.0.0 (the official JSON Schema from {@code @asyncapi/specs}), every
 * reference in it resolves (its own and those into the OpenAPI document), and it covers the contract: both channels,
 * the three ways to authenticate, every frame type and the close codes 4001, 4008 and 1009.
 */
class AsyncApiDocumentTest {
    private static final String OPENAPI = "openapi.json#";
    private final ObjectNode document = AsyncApiDocument.load();

    @Test
    void is_valid_asyncapi_3() throws IOException {
        assertThat(officialSchema().validate(document)).isEmpty();
    }

    @Test
    void the_official_schema_rejects_a_broken_document() throws IOException {
        ObjectNode broken = document.deepCopy();
        broken.with("channels").with("socket").put("address", 42);
        broken.remove("info");

        List<Error> problems = officialSchema().validate(broken);

        assertThat(problems).extracting(Error::getMessage)
                .anyMatch(message -> message.contains("'info'"))
                .anyMatch(message -> message.contains("integer found, [string, null] expected"));
    }

    @Test
    void every_reference_resolves_in_this_document_or_in_the_openapi_document() {
        JsonNode openApi = OpenApiDocument.load();
        List<String> refs = new ArrayList<>();
        collectRefs(document, refs);
        List<String> dangling = new ArrayList<>();
        for (String ref : refs) {
            JsonNode target = ref.startsWith(OPENAPI) ? openApi.at(ref.substring(OPENAPI.length()))
                    : ref.startsWith("#") ? document.at(ref.substring(1)) : null;
            if (target == null || target.isMissingNode()) {
                dangling.add(ref);
            }
        }

        assertThat(refs).anyMatch(ref -> ref.startsWith(OPENAPI + "/components/schemas/ChatMessage"))
                .anyMatch(ref -> ref.endsWith("/Call")).anyMatch(ref -> ref.endsWith("/Participant"));
        assertThat(dangling).isEmpty();
    }

    @Test
    void covers_both_channels_both_credentials_every_frame_type_and_the_close_codes() {
        assertThat(document.path("channels").path("socket").path("address").asText()).isEqualTo("/api/v1/ws");
        assertThat(document.path("channels").path("events").path("address").asText()).isEqualTo("/api/v1/events");
        assertThat(document.path("channels").path("socket").path("bindings").path("ws").path("query").path("properties")
                .has("ticket")).isTrue();
        Set<String> schemes = new HashSet<>();
        document.path("components").path("securitySchemes").properties().forEach(scheme ->
                schemes.add(scheme.getValue().path("in").asText("header") + ":" + scheme.getValue().path("name").asText("bearer")));
        assertThat(schemes).contains("query:ticket", "query:token", "header:bearer");
        Set<String> closeCodes = new HashSet<>();
        document.path("channels").path("socket").path("x-close-codes").forEach(code -> closeCodes.add(code.path("code").asText()));
        assertThat(closeCodes).contains("4001", "4008", "1009");
        Set<String> messageNames = new HashSet<>();
        document.path("components").path("messages").forEach(message -> messageNames.add(message.path("name").asText()));
        assertThat(messageNames).contains("message.send", "typing", "read", "ping", "pong", "ack", "error",
                "message.created", "message.updated", "message.deleted", "message.restored",
                "conversation.created", "conversation.updated", "conversation.deleted",
                "participant.added", "participant.removed", "participant.updated", "receipt.read", "presence",
                "contact.request.received", "contact.request.accepted", "contact.request.declined", "contact.removed",
                "call.incoming", "call.accepted", "call.declined", "call.cancelled", "call.missed", "call.ended",
                "call.answered_elsewhere", "meeting.participant_joined", "meeting.participant_left",
                "meeting.participant_waiting", "meeting.admitted", "meeting.removed", "meeting.muted", "meeting.ended",
                "session.revoked");
    }

    /** The official schema, draft-07; its {@code $schema} is dropped so nothing is fetched to identify the dialect. */
    private static Schema officialSchema() throws IOException {
        try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream("/asyncapi/asyncapi-3.0.0.schema.json")) {
            ObjectNode schema = (ObjectNode) new ObjectMapper().readTree(in);
            schema.remove("$schema");
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(schema);
        }
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual()) {
                refs.add(ref.asText());
            }
        }
        node.forEach(child -> collectRefs(child, refs));
    }
}
