package dev.parley.http.server;

import dev.parley.domain.account.Principal;
import dev.parley.domain.account.User;
import dev.parley.domain.account.in.AuthenticateUseCase;
import dev.parley.domain.account.in.CurrentUserUseCase;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/**
 * Runs before every matched endpoint that is not public: requires a valid bearer token and, when
 * configured, a verified e-mail address for writes outside {@code /auth}.
 */
final class AccessFilter {
    private final AuthenticateUseCase authenticate;
    private final CurrentUserUseCase currentUser;
    private final boolean requireVerifiedEmail;

    AccessFilter(AuthenticateUseCase authenticate, CurrentUserUseCase currentUser, boolean requireVerifiedEmail) {
        this.authenticate = authenticate;
        this.currentUser = currentUser;
        this.requireVerifiedEmail = requireVerifiedEmail;
    }

    void handle(Context ctx) {
        if (!ctx.path().startsWith(ApiRoutes.BASE) || ctx.routeRoles().contains(ApiRoutes.Access.PUBLIC)) {
            return;
        }
        Principal principal = Caller.authenticate(ctx, authenticate);
        if (requireVerifiedEmail && isWrite(ctx) && !ctx.path().startsWith(ApiRoutes.BASE + "/auth/")) {
            User user = currentUser.me(principal.userId());
            if (!user.emailVerified()) {
                throw new ParleyException(ErrorCode.EMAIL_NOT_VERIFIED, "verify your e-mail address first");
            }
        }
    }

    private static boolean isWrite(Context ctx) {
        HandlerType method = ctx.method();
        return method != HandlerType.GET && method != HandlerType.HEAD && method != HandlerType.OPTIONS;
    }
}
