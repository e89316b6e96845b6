package dev.parley.application.account;

import dev.parley.domain.account.AuthTokens;
import dev.parley.domain.account.DeviceInfo;
import dev.parley.domain.account.RefreshToken;
import dev.parley.domain.account.Session;
import dev.parley.domain.account.SessionId;
import dev.parley.domain.account.SignedIn;
import dev.parley.domain.account.User;
import dev.parley.domain.account.UserId;
import dev.parley.domain.account.out.AccessTokens;
import dev.parley.domain.account.out.KnownDevices;
import dev.parley.domain.account.out.SessionRepository;
import dev.parley.domain.shared.Ids;
import dev.parley.domain.shared.Secrets;
import java.time.Instant;

/** Opens sessions and mints token pairs; shared by registration, login and refresh. */
public final class SessionIssuer {
    private final SessionRepository sessions;
    private final AccessTokens accessTokens;
    private final AccountSettings settings;
    private final KnownDevices knownDevices;

    public SessionIssuer(SessionRepository sessions, AccessTokens accessTokens, AccountSettings settings,
                         KnownDevices knownDevices) {
        this.sessions = sessions;
        this.accessTokens = accessTokens;
        this.settings = settings;
        this.knownDevices = knownDevices;
    }

    /** Must run inside the caller's transaction. */
    SignedIn open(User user, DeviceInfo device, Instant now) {
        Session session = new Session(new SessionId(Ids.newId(now)), user.id(), device.userAgent(), device.ip(),
                now, now, null);
        sessions.create(session);
        return new SignedIn(user, tokensFor(session.id(), user.id(), now), session.id(),
                knownDevices.vouchFor(user.id(), now));
    }

    /** Must run inside the caller's transaction. */
    AuthTokens tokensFor(SessionId sessionId, UserId userId, Instant now) {
        String refreshToken = Secrets.randomToken(32);
        sessions.addRefreshToken(new RefreshToken(Secrets.sha256(refreshToken), sessionId, userId,
                now.plus(settings.refreshTokenTtl()), null));
        String accessToken = accessTokens.issue(userId, sessionId, now);
        return new AuthTokens(accessToken, refreshToken, accessTokens.timeToLive().toSeconds());
    }
}
