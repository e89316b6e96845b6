package dev.parley.bootstrap.support;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The validator the e2e tests rely on must really reject responses that break the document. */
class ContractValidatorTest {
    @Test
    void rejects_an_undocumented_status() {
        assertThatThrownBy(() -> ContractValidator.check("GET", "/api/v1/auth/me", 418, "application/json", "{}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("418");
    }

    @Test
    void rejects_a_body_missing_required_fields() {
        assertThatThrownBy(() -> ContractValidator.check("POST", "/api/v1/auth/refresh", 200, "application/json",
                "{\"tokens\": {\"access_token\": \"a\"}}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("refresh_token");
    }

    @Test
    void accepts_a_documented_error_envelope() {
        assertThatCode(() -> ContractValidator.check("GET", "/api/v1/auth/me", 401, "application/json",
                "{\"error\": {\"code\": \"unauthorized\", \"message\": \"m\", \"details\": null, \"request_id\": \"r\"}}"))
                .doesNotThrowAnyException();
    }

    @Test
    void accepts_null_for_nullable_objects_and_rejects_a_wrong_shape() {
        String conversation = """
                {"id": "0193a1b4-1c33-7c5e-9f63-8b4d0e2a3c03", "type": "direct", "name": null, "topic": null,
                 "avatar_url": null, "created_by": "0193a1b2-5e10-7a3c-9d41-6f2b8c0e1a01",
                 "created_at": "2026-11-21T10:06:12.004Z", "updated_at": "2026-11-21T10:06:12.004Z", "last_seq": 0,
                 "participant_count": 2, "last_message": %s, "unread_count": 0, "last_read_seq": 0}""";
        String contacts = """
                {"items": [{"user": {"id": "0193a1b2-6a22-7b4d-8e52-7a3c9d1f2b02", "username": "bob",
                 "display_name": "Bob", "avatar_url": null, "created_at": "2026-11-20T08:15:02.481Z"},
                 "since": "2026-11-21T10:05:43.118Z", "presence": null}], "next_cursor": null}""";

        assertThatCode(() -> ContractValidator.check("GET", "/api/v1/conversations/0193a1b4-1c33-7c5e-9f63-8b4d0e2a3c03",
                200, "application/json", conversation.formatted("null"))).doesNotThrowAnyException();
        assertThatCode(() -> ContractValidator.check("GET", "/api/v1/contacts", 200, "application/json", contacts))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ContractValidator.check("GET", "/api/v1/conversations/0193a1b4-1c33-7c5e-9f63-8b4d0e2a3c03",
                200, "application/json", conversation.formatted("\"hello\""))).isInstanceOf(AssertionError.class);
    }
}
