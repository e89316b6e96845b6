package dev.parley.http.server;

import dev.parley.domain.shared.ParleyException;
import dev.parley.domain.shared.Text;
import io.javalin.http.Context;

/**
 * Reads the query parameters every list shares. {@code limit} is 1–100 (default 50) everywhere, as the
 * contract says; an endpoint with a smaller cap (user search) answers at most that many. A malformed
 * value is a 400 on that parameter.
 */
public final class QueryParams {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 100;

    private QueryParams() {
    }

    public static int limit(Context ctx) {
        return limit(ctx, DEFAULT_LIMIT, MAX_LIMIT);
    }

    /** A valid {@code limit} (1–100), at most {@code cap}; {@code defaultLimit} when absent. */
    public static int limit(Context ctx, int defaultLimit, int cap) {
        Long limit = number(ctx, "limit");
        if (limit == null) {
            return defaultLimit;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ParleyException.invalid("limit", "must be a whole number from 1 to " + MAX_LIMIT);
        }
        return (int) Math.min(limit, cap);
    }

    /** An optional whole number that must not be negative (sequence numbers). */
    public static Long nonNegative(Context ctx, String name) {
        Long value = number(ctx, name);
        if (value != null && value < 0) {
            throw ParleyException.invalid(name, "must be zero or more");
        }
        return value;
    }

    /** An optional one-line text parameter; empty counts as absent; control characters are a 400 on it. */
    public static String text(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        return raw == null || raw.isBlank() ? null : Text.check(name, raw.strip(), Text.Lines.SINGLE);
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
