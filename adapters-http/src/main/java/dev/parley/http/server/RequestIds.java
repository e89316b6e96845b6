package dev.parley.http.server;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/** Gives every request an id: the client's {@code X-Request-Id} when it is sane, else a new one. */
public final class RequestIds {
    public static final String HEADER = "X-Request-Id";
    private static final String ATTRIBUTE = "parley.requestId";
    private static final Pattern SANE = Pattern.compile("^[A-Za-z0-9._:-]{1,128}$");

    private RequestIds() {
    }

    static void assign(Context ctx) {
        String id = choose(ctx.header(HEADER));
        ctx.attribute(ATTRIBUTE, id);
        ctx.header(HEADER, id);
    }

    /** The client's id when it offered a sane one, else a new one. */
    static String choose(String offered) {
        return offered != null && SANE.matcher(offered).matches() ? offered : newId();
    }

    /**
     * A random (version 4) UUID from {@link ThreadLocalRandom}: a request id needs to be unique, not
     * unguessable, and {@code UUID.randomUUID()} takes the shared SecureRandom on every request.
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);
        return new UUID(high, low).toString();
    }

    public static String of(Context ctx) {
        String id = ctx.attribute(ATTRIBUTE);
        return id == null ? "" : id;
    }
}
