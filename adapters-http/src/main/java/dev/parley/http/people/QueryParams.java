package dev.parley.http.people;

import dev.parley.domain.shared.ParleyException;
import io.javalin.http.Context;

/** Reads list query parameters; a malformed value is a 400 on that parameter. */
final class QueryParams {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 100;

    private QueryParams() {
    }

    /** {@code limit} between 1 and {@code max}; larger values are capped, as the contract's "max" says. */
    static int limit(Context ctx, int defaultLimit, int max) {
        String raw = ctx.queryParam("limit");
        if (raw == null || raw.isBlank()) {
            return defaultLimit;
        }
        try {
            int limit = Integer.parseInt(raw.strip());
            if (limit < 1) {
                throw ParleyException.invalid("limit", "must be at least 1");
            }
            return Math.min(limit, max);
        } catch (NumberFormatException notANumber) {
            throw ParleyException.invalid("limit", "must be an integer");
        }
    }

    static int limit(Context ctx) {
        return limit(ctx, DEFAULT_LIMIT, MAX_LIMIT);
    }
}
