package dev.parley.application.account;

import dev.parley.domain.account.Email;
import dev.parley.domain.account.SignedIn;
import dev.parley.domain.account.User;
import dev.parley.domain.account.Username;
import dev.parley.domain.account.in.LoginUseCase;
import dev.parley.domain.account.out.KnownDevices;
import dev.parley.domain.account.out.PasswordHasher;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import dev.parley.domain.shared.RateLimiter;
import dev.parley.domain.shared.Secrets;
import dev.parley.domain.shared.Transactions;
import dev.parley.domain.shared.Validation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Signs a user in. Unknown accounts and wrong passwords fail identically and take about the same time
 * (a dummy hash is verified), and repeated failures per account or per IP are throttled.
 *
 * <p>Failures count per account (whichever identifier named it) and per IP. A locked account would let anyone
 * lock its owner out, so a client that signed in to the account before (it presents a proof from
 * {@link KnownDevices}) is judged by its own failure count instead: a stranger's guesses do not lock it out, and a
 * stolen proof gives no more guesses than the account itself has. The per-IP limit applies to everyone.
 */
public final class LoginService implements LoginUseCase {
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final SessionIssuer sessionIssuer;
    private final RateLimiter rateLimiter;
    private final KnownDevices knownDevices;
    private final AccountSettings settings;
    private final Transactions transactions;
    private final Clock clock;
    private volatile String dummyHash;

    public LoginService(UserRepository users, PasswordHasher hasher, SessionIssuer sessionIssuer,
                        RateLimiter rateLimiter, KnownDevices knownDevices, AccountSettings settings,
                        Transactions transactions, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.sessionIssuer = sessionIssuer;
        this.rateLimiter = rateLimiter;
        this.knownDevices = knownDevices;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public SignedIn login(Command command) {
        boolean byEmail = command.email() != null;
        boolean byUsername = command.username() != null;
        new Validation()
                .check(byEmail ^ byUsername, byEmail ? "username" : "email", "give exactly one of email or username")
                .check(command.password() != null && !command.password().isEmpty(), "password", "is required")
                .throwIfInvalid();
        Instant now = clock.instant();
        String ipKey = "login-ip:" + command.device().ip();
        refuseWhileThrottled(ipKey, settings.loginFailuresPerIp(), now);

        String identifier = byEmail ? command.email() : command.username();
        Optional<User> candidate = (byEmail ? findByEmail(identifier) : findByUsername(identifier))
                .filter(user -> !user.isDeleted());
        String accountKey = "login-account:" + candidate.map(user -> user.id().toString())
                .orElseGet(() -> normalisedIdentifier(byEmail, identifier));
        boolean knownDevice = candidate.isPresent() && command.deviceProof() != null
                && knownDevices.vouches(command.deviceProof(), candidate.get().id(), now);
        String deviceKey = knownDevice ? "login-device:" + Secrets.sha256(command.deviceProof()) : null;
        refuseWhileThrottled(knownDevice ? deviceKey : accountKey, settings.loginFailuresPerAccount(), now);

        String password = command.password();
        boolean tooLong = password.length() > 128;
        String hashToCheck = candidate.map(User::passwordHash).orElseGet(this::dummyHash);
        boolean matches = !tooLong && hasher.matches(password, hashToCheck) && candidate.isPresent();
        if (!matches) {
            rateLimiter.acquire(ipKey, settings.loginFailuresPerIp(), now);
            rateLimiter.acquire(accountKey, settings.loginFailuresPerAccount(), now);
            if (knownDevice) {
                rateLimiter.acquire(deviceKey, settings.loginFailuresPerAccount(), now);
            }
            throw new ParleyException(ErrorCode.INVALID_CREDENTIALS, "invalid credentials");
        }
        if (knownDevice) {
            // Not the account's count: the owner getting in must not hand a stranger ten fresh guesses.
            rateLimiter.reset(deviceKey);
        } else {
            rateLimiter.reset(accountKey);
        }
        User user = candidate.get();
        return transactions.inTransaction(() -> sessionIssuer.open(user, command.device(), now));
    }

    private void refuseWhileThrottled(String key, RateLimiter.Limit limit, Instant now) {
        Optional<Duration> blocked = rateLimiter.check(key, limit, now);
        if (blocked.isPresent()) {
            throw ParleyException.rateLimited(blocked.get());
        }
    }

    private static String normalisedIdentifier(boolean byEmail, String identifier) {
        return byEmail ? identifier.strip().toLowerCase(Locale.ROOT) : Username.normalise(identifier);
    }

    private Optional<User> findByEmail(String raw) {
        try {
            return users.findByEmail(new Email(raw));
        } catch (ParleyException malformed) {
            return Optional.empty();
        }
    }

    private Optional<User> findByUsername(String raw) {
        try {
            return users.findByUsername(new Username(raw));
        } catch (ParleyException malformed) {
            return Optional.empty();
        }
    }

    /** A real hash of a random secret, so unknown accounts cost the same verification time. */
    private String dummyHash() {
        String hash = dummyHash;
        if (hash == null) {
            hash = hasher.hash(Secrets.randomToken(16));
            dummyHash = hash;
        }
        return hash;
    }
}
