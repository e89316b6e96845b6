package dev.parley.http.account;

import dev.parley.domain.account.AuthTokens;
import io.javalin.http.Context;
import java.time.Duration;

/**
 * Cookie mode for the refresh token, for browser clients: with {@code refresh_cookie: true} the refresh token is
 * set as an HttpOnly, Secure, SameSite=Strict cookie limited to {@code /api/v1/auth} and left out of the body, so
 * page scripts (and whatever gets injected into them) never hold the long-lived credential; {@code /auth/refresh}
 * reads it back when the body names no token. Strict same-site keeps other sites from using it.
 */
final class RefreshCookie {
    static final String NAME = "parley_refresh";
    private static final Duration MAX_AGE = Duration.ofDays(30);
    private static final String ATTRIBUTES = "; Path=/api/v1/auth; HttpOnly; Secure; SameSite=Strict";

    private RefreshCookie() {
    }

    /** The tokens for the body: as they are, or, in cookie mode, with the refresh token moved into the cookie. */
    static TokensView deliver(Context ctx, Boolean cookieMode, AuthTokens tokens) {
        TokensView view = TokensView.from(tokens);
        if (!Boolean.TRUE.equals(cookieMode)) {
            return view;
        }
        ctx.res().addHeader("Set-Cookie", NAME + "=" + tokens.refreshToken() + "; Max-Age=" + MAX_AGE.toSeconds()
                + ATTRIBUTES);
        return new TokensView(view.accessToken(), null, view.tokenType(), view.expiresIn());
    }

    static String presented(Context ctx) {
        return ctx.cookie(NAME);
    }

    static void clear(Context ctx) {
        if (presented(ctx) != null) {
            ctx.res().addHeader("Set-Cookie", NAME + "=; Max-Age=0" + ATTRIBUTES);
        }
    }
}
