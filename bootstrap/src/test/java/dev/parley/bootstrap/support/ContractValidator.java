package dev.parley.bootstrap.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import dev.parley.http.operations.OpenApiDocument;
import dev.parley.http.server.Json;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks every response an end-to-end test receives against the OpenAPI document: the status must be
 * documented for the operation and the body must match its schema. Requests to paths the document
 * does not know (tests of unknown routes) are not checked, nor are the statuses any endpoint may
 * answer (405, 413, 500, 503, and 403 {@code email_not_verified}), which the document describes once.
 */
final class ContractValidator {
    /**
     * Not response defects: unknown paths/methods (tests of unknown routes), and extra properties, which
     * the contract allows (the validator also reports every property of an {@code allOf} part as extra).
     */
    private static final Set<String> NOT_ABOUT_THE_RESPONSE = Set.of(
            "validation.request.path.missing", "validation.request.operation.notAllowed",
            "validation.response.body.schema.additionalProperties");
    private static volatile OpenApiInteractionValidator validator;

    private ContractValidator() {
    }

    static void check(String method, String path, int status, String contentType, String body) {
        String pathOnly = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        if (contentType != null) {
            response.withContentType(contentType);
        }
        if (body != null && !body.isEmpty()) {
            response.withBody(body);
        }
        ValidationReport report = validator().validateResponse(pathOnly,
                Request.Method.valueOf(method.toUpperCase(Locale.ROOT)), response.build());
        boolean universalStatus = status == 405 || status == 413 || status == 500 || status == 503
                || status == 403 && body != null && body.contains("\"email_not_verified\"");
        String problems = report.getMessages().stream()
                .filter(message -> !NOT_ABOUT_THE_RESPONSE.contains(message.getKey()))
                .filter(message -> !(universalStatus && message.getKey().equals("validation.response.status.unknown")))
                .map(message -> message.getKey() + ": " + message.getMessage())
                .collect(Collectors.joining("\n  "));
        if (!problems.isEmpty()) {
            throw new AssertionError("response of " + method + " " + pathOnly + " (" + status
                    + ") does not match the OpenAPI document:\n  " + problems + "\nbody: " + body);
        }
    }

    private static OpenApiInteractionValidator validator() {
        if (validator == null) {
            synchronized (ContractValidator.class) {
                if (validator == null) {
                    try {
                        validator = OpenApiInteractionValidator
                                .createForInlineApiSpecification(Json.mapper().writeValueAsString(OpenApiDocument.load()))
                                .build();
                    } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
                        throw new IllegalStateException(impossible);
                    }
                }
            }
        }
        return validator;
    }
}
