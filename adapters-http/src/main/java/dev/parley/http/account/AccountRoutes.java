package dev.parley.http.account;

import dev.parley.domain.account.AuthTokens;
import dev.parley.domain.account.DeviceInfo;
import dev.parley.domain.account.Principal;
import dev.parley.domain.account.SessionId;
import dev.parley.domain.account.SignedIn;
import dev.parley.domain.account.in.AuthenticateUseCase;
import dev.parley.domain.account.in.CurrentUserUseCase;
import dev.parley.domain.account.in.LoginUseCase;
import dev.parley.domain.account.in.LogoutUseCase;
import dev.parley.domain.account.in.PasswordUseCase;
import dev.parley.domain.account.in.RefreshUseCase;
import dev.parley.domain.account.in.RegisterUseCase;
import dev.parley.domain.account.in.SessionsUseCase;
import dev.parley.domain.account.in.VerifyEmailUseCase;
import dev.parley.domain.shared.Page;
import dev.parley.http.server.ApiRoutes;
import dev.parley.http.server.Bodies;
import dev.parley.http.server.Caller;
import dev.parley.http.server.ResponseHeaders;
import dev.parley.http.server.RouteGroup;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** The {@code /auth} endpoints: registration, sign-in, tokens, sessions, e-mail verification, passwords. */
public final class AccountRoutes implements RouteGroup {
    static final String DEVICE_COOKIE = "parley_device";
    private static final Duration DEVICE_COOKIE_MAX_AGE = Duration.ofDays(90);

    private final RegisterUseCase register;
    private final LoginUseCase login;
    private final RefreshUseCase refresh;
    private final LogoutUseCase logout;
    private final AuthenticateUseCase authenticate;
    private final CurrentUserUseCase currentUser;
    private final SessionsUseCase sessions;
    private final VerifyEmailUseCase verifyEmail;
    private final PasswordUseCase passwords;

    public AccountRoutes(RegisterUseCase register, LoginUseCase login, RefreshUseCase refresh, LogoutUseCase logout,
                         AuthenticateUseCase authenticate, CurrentUserUseCase currentUser, SessionsUseCase sessions,
                         VerifyEmailUseCase verifyEmail, PasswordUseCase passwords) {
        this.register = register;
        this.login = login;
        this.refresh = refresh;
        this.logout = logout;
        this.authenticate = authenticate;
        this.currentUser = currentUser;
        this.sessions = sessions;
        this.verifyEmail = verifyEmail;
        this.passwords = passwords;
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.publicPost("/auth/register", this::registerUser);
        routes.publicPost("/auth/login", this::loginUser);
        routes.publicPost("/auth/refresh", this::refreshTokens);
        routes.post("/auth/logout", this::logoutUser);
        routes.get("/auth/me", ctx -> ctx.json(PrivateUserView.from(currentUser.me(Caller.of(ctx).userId()))));
        routes.publicPost("/auth/verify-email", this::verifyEmailAddress);
        routes.publicGet("/auth/verify-email", this::verifyEmailByLink);
        routes.post("/auth/verify-email/resend", this::resendVerification);
        routes.publicPost("/auth/password/forgot", this::forgotPassword);
        routes.publicPost("/auth/password/reset", this::resetPassword);
        routes.put("/auth/password", this::changePassword);
        routes.get("/auth/sessions", this::listSessions);
        routes.delete("/auth/sessions/{id}", this::revokeSession);
    }

    private void registerUser(Context ctx) {
        ResponseHeaders.noStore(ctx);
        var body = Bodies.read(ctx, AccountRequests.Register.class);
        SignedIn signedIn = register.register(new RegisterUseCase.Command(body.email(), body.username(),
                body.password(), body.displayName(), device(ctx)));
        rememberDevice(ctx, signedIn);
        ctx.status(201).json(signedIn(signedIn, RefreshCookie.deliver(ctx, body.refreshCookie(), signedIn.tokens())));
    }

    private void loginUser(Context ctx) {
        ResponseHeaders.noStore(ctx);
        var body = Bodies.read(ctx, AccountRequests.Login.class);
        SignedIn signedIn = login.login(new LoginUseCase.Command(body.email(), body.username(), body.password(),
                device(ctx), ctx.cookie(DEVICE_COOKIE)));
        rememberDevice(ctx, signedIn);
        ctx.json(signedIn(signedIn, RefreshCookie.deliver(ctx, body.refreshCookie(), signedIn.tokens())));
    }

    private void refreshTokens(Context ctx) {
        ResponseHeaders.noStore(ctx);
        var body = Bodies.read(ctx, AccountRequests.Refresh.class);
        String presented = body.refreshToken() != null ? body.refreshToken() : RefreshCookie.presented(ctx);
        AuthTokens tokens = refresh.refresh(presented, device(ctx));
        ctx.json(Map.of("tokens", RefreshCookie.deliver(ctx, body.refreshCookie(), tokens)));
    }

    private void logoutUser(Context ctx) {
        var body = Bodies.readOptional(ctx, AccountRequests.Logout.class);
        logout.logout(Caller.of(ctx), Boolean.TRUE.equals(body.all()));
        RefreshCookie.clear(ctx);
        ctx.status(204);
    }

    private void verifyEmailAddress(Context ctx) {
        var body = Bodies.read(ctx, AccountRequests.VerifyEmail.class);
        if (body.token() != null && body.code() == null) {
            verifyEmail.verifyByLinkToken(body.token());
        } else {
            Principal principal = Caller.authenticate(ctx, authenticate);
            verifyEmail.verifyByCode(principal, body.code());
        }
        ctx.status(204);
    }

    private void verifyEmailByLink(Context ctx) {
        String token = ctx.queryParam("token");
        String accept = ctx.header("Accept");
        if (token != null && accept != null && accept.contains("text/html")) {
            // A person clicked the mailed link: the web client's page verifies and says so in words, not JSON.
            ctx.header("Location", "/verify-email?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
            ctx.status(HttpStatus.SEE_OTHER).result("");
            return;
        }
        verifyEmail.verifyByLinkToken(token);
        ctx.json(Map.of("status", "verified"));
    }

    private void resendVerification(Context ctx) {
        verifyEmail.resend(Caller.of(ctx));
        ctx.status(202);
    }

    private void forgotPassword(Context ctx) {
        passwords.forgot(Bodies.read(ctx, AccountRequests.Forgot.class).email());
        ctx.status(202);
    }

    private void resetPassword(Context ctx) {
        var body = Bodies.read(ctx, AccountRequests.Reset.class);
        passwords.reset(body.token(), body.newPassword());
        ctx.status(204);
    }

    private void changePassword(Context ctx) {
        var body = Bodies.read(ctx, AccountRequests.ChangePassword.class);
        passwords.change(Caller.of(ctx), body.currentPassword(), body.newPassword());
        ctx.status(204);
    }

    private void listSessions(Context ctx) {
        Principal caller = Caller.of(ctx);
        var items = sessions.list(caller).stream().map(session -> SessionView.from(session, caller)).toList();
        ctx.json(new Page<>(items, null));
    }

    private void revokeSession(Context ctx) {
        sessions.revoke(Caller.of(ctx), SessionId.parse("id", ctx.pathParam("id")));
        ctx.status(204);
    }

    private static Map<String, Object> signedIn(SignedIn signedIn, TokensView tokens) {
        return Map.of("user", PrivateUserView.from(signedIn.user()), "tokens", tokens);
    }

    /**
     * The device cookie lets this client sign in while strangers' wrong guesses lock the account (see
     * LoginService). HttpOnly and limited to the auth paths: scripts and other routes never see it.
     */
    private static void rememberDevice(Context ctx, SignedIn signedIn) {
        ctx.res().addHeader("Set-Cookie", DEVICE_COOKIE + "=" + signedIn.deviceProof() + "; Path=/api/v1/auth"
                + "; Max-Age=" + DEVICE_COOKIE_MAX_AGE.toSeconds() + "; HttpOnly; Secure; SameSite=Strict");
    }

    private static DeviceInfo device(Context ctx) {
        return new DeviceInfo(ctx.userAgent(), ctx.ip());
    }
}
