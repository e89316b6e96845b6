package dev.parley.http.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.exceptions.TokenExpiredException;
import com.auth0.jwt.interfaces.DecodedJWT;
import dev.parley.domain.account.AccessClaims;
import dev.parley.domain.account.SessionId;
import dev.parley.domain.account.UserId;
import dev.parley.domain.account.out.AccessTokens;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * HTTP adapter: HS256 access tokens ({@code sub}, {@code sid}, {@code iat}, {@code exp}, {@code iss}) with
 * java-jwt; a token verified once is answered from {@link VerifiedTokens} until it expires.
 */
public final class JwtAccessTokens implements AccessTokens {
    private static final String SESSION_CLAIM = "sid";

    private final Algorithm algorithm;
    private final JwtSettings settings;
    private final VerifiedTokens verified;

    public JwtAccessTokens(JwtSettings settings) {
        this(settings, VerifiedTokens.DEFAULT_CAPACITY);
    }

    JwtAccessTokens(JwtSettings settings, int cacheCapacity) {
        this.algorithm = Algorithm.HMAC256(settings.secret());
        this.settings = settings;
        this.verified = new VerifiedTokens(cacheCapacity);
    }

    @Override
    public String issue(UserId userId, SessionId sessionId, Instant now) {
        return JWT.create()
                .withIssuer(settings.issuer())
                .withSubject(userId.toString())
                .withClaim(SESSION_CLAIM, sessionId.toString())
                .withIssuedAt(now)
                .withExpiresAt(now.plus(settings.accessTokenTtl()))
                .sign(algorithm);
    }

    @Override
    public AccessClaims verify(String token, Instant now) {
        AccessClaims known = verified.get(token);
        if (known == null) {
            AccessClaims claims = decode(token, now);
            verified.remember(token, claims);
            return claims;
        }
        if (!now.isBefore(known.expiresAt())) {
            verified.forget(token);
            throw expired();
        }
        return known;
    }

    int cachedTokens() {
        return verified.size();
    }

    private AccessClaims decode(String token, Instant now) {
        // Every claim the rest of the server relies on must be there: a validly signed token without `exp`
        // would otherwise live for ever (and, cached, fail the next request with a 500).
        JWTVerifier verifier = ((JWTVerifier.BaseVerification) JWT.require(algorithm).withIssuer(settings.issuer())
                .withClaimPresence(SESSION_CLAIM)
                .withClaimPresence("sub")
                .withClaimPresence("iat")
                .withClaimPresence("exp")).build(Clock.fixed(now, ZoneOffset.UTC));
        try {
            DecodedJWT decoded = verifier.verify(token);
            return new AccessClaims(new UserId(UUID.fromString(decoded.getSubject())),
                    new SessionId(UUID.fromString(decoded.getClaim(SESSION_CLAIM).asString())),
                    decoded.getExpiresAtAsInstant());
        } catch (TokenExpiredException tooLate) {
            throw expired();
        } catch (JWTVerificationException | IllegalArgumentException | NullPointerException invalid) {
            throw ParleyException.unauthorized("the access token is invalid");
        }
    }

    private static ParleyException expired() {
        return new ParleyException(ErrorCode.TOKEN_EXPIRED, "the access token has expired; refresh it");
    }

    @Override
    public Duration timeToLive() {
        return settings.accessTokenTtl();
    }
}
