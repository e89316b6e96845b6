package dev.parley.domain.shared;

import java.util.ArrayList;
import java.util.List;

/** Collects every invalid field of one input so the client learns all problems in one answer. */
public final class Validation {
    private final List<FieldError> errors = new ArrayList<>();

    public Validation check(boolean valid, String field, String message) {
        if (!valid) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    /** Runs a value-object constructor and records its rejection under {@code field}. */
    public <T> T attempt(String field, java.util.function.Supplier<T> factory) {
        try {
            return factory.get();
        } catch (ParleyException rejected) {
            if (rejected.details().isEmpty()) {
                errors.add(new FieldError(field, rejected.getMessage()));
            } else {
                rejected.details().forEach(detail -> errors.add(new FieldError(field, detail.message())));
            }
            return null;
        }
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ParleyException(ErrorCode.VALIDATION_FAILED, "request is invalid", errors, null);
        }
    }
}
