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
}
