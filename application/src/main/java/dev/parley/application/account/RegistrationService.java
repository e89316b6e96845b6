package dev.parley.application.account;

import dev.parley.domain.account.DisplayName;
import dev.parley.domain.account.Email;
import dev.parley.domain.account.PlainPassword;
import dev.parley.domain.account.SignedIn;
import dev.parley.domain.account.User;
import dev.parley.domain.account.UserId;
import dev.parley.domain.account.Username;
import dev.parley.domain.account.in.RegisterUseCase;
import dev.parley.domain.account.out.PasswordHasher;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.shared.Ids;
import dev.parley.domain.shared.Transactions;
import dev.parley.domain.shared.Validation;
import java.time.Clock;
import java.time.Instant;

/** Registers a user: validates everything, hashes outside the transaction, then stores user, session and mail together. */
public final class RegistrationService implements RegisterUseCase {
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final SessionIssuer sessionIssuer;
    private final VerificationMailer verificationMailer;
    private final Transactions transactions;
    private final Clock clock;

    public RegistrationService(UserRepository users, PasswordHasher hasher, SessionIssuer sessionIssuer,
                               VerificationMailer verificationMailer, Transactions transactions, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.sessionIssuer = sessionIssuer;
        this.verificationMailer = verificationMailer;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public SignedIn register(Command command) {
        Validation validation = new Validation();
        Email email = validation.attempt("email", () -> new Email(command.email()));
        Username username = validation.attempt("username", () -> Username.chosen(command.username()));
        PlainPassword password = validation.attempt("password", () -> new PlainPassword(command.password()));
        DisplayName displayName = command.displayName() == null
                ? null : validation.attempt("display_name", () -> new DisplayName(command.displayName()));
        validation.throwIfInvalid();

        String passwordHash = hasher.hash(password.value());
        Instant now = clock.instant();
        DisplayName shownName = displayName != null ? displayName : new DisplayName(command.username());
        return transactions.inTransaction(() -> {
            User user = User.register(new UserId(Ids.newId(now)), email, username, shownName, passwordHash, now);
            users.insert(user);
            verificationMailer.issue(user, now);
            return sessionIssuer.open(user, command.device(), now);
        });
    }
}
