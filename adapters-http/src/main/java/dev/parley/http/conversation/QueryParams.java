package dev.parley.http.conversation;

import dev.parley.domain.shared.ParleyException;
import io.javalin.http.Context;

/** Reads paging query parameters: {@code limit} (default 50, 1-100) and non-negative seqs; bad values are 400. */
final class QueryParams {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 100;

    private QueryParams() {
    }

    static int limit(Context ctx) {
        Long limit = number(ctx, "limit");
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ParleyException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return limit.intValue();
    }

    static Long seq(Context ctx, String name) {
        Long seq = number(ctx, name);
        if (seq != null && seq < 0) {
            throw ParleyException.invalid(name, "must be zero or more");
        }
        return seq;
    }

    static String text(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        return raw == null || raw.isEmpty() ? null : raw;
    }

    private static Long number(Context ctx, String name) {
        String raw = text(ctx, name);
        if (raw == null) {
            return null;
        }
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException notANumber) {
            throw ParleyException.invalid(name, "must be a whole number");
        }
    }
}
