package dev.parley.http.server;

import dev.parley.domain.account.Principal;
import dev.parley.domain.account.in.AuthenticateUseCase;
import dev.parley.domain.shared.ParleyException;
import io.javalin.http.Context;

/** The authenticated caller of the current request, placed there by {@link AccessFilter}. */
public final class Caller {
    static final String ATTRIBUTE = "parley.principal";
    private static final String BEARER = "Bearer ";

    private Caller() {
    }

    /** Authenticates the request's bearer token and remembers the caller for {@link #of}. */
    public static Principal authenticate(Context ctx, AuthenticateUseCase authenticate) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw ParleyException.unauthorized("an access token is required (Authorization: Bearer ...)");
        }
        Principal principal = authenticate.authenticate(header.substring(BEARER.length()).strip());
        ctx.attribute(ATTRIBUTE, principal);
        return principal;
    }

    public static Principal of(Context ctx) {
        Principal principal = ctx.attribute(ATTRIBUTE);
        if (principal == null) {
            throw ParleyException.unauthorized("an access token is required");
        }
        return principal;
    }
}
