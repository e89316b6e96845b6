package dev.parley.application.account;

import dev.parley.domain.account.Principal;
import dev.parley.domain.account.SessionRevoked;
import dev.parley.domain.account.in.LogoutUseCase;
import dev.parley.domain.shared.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Ends the caller's session, or all of them. */
public final class LogoutService implements LogoutUseCase {
    private final SessionRevoker revoker;
    private final Transactions transactions;
    private final Clock clock;

    public LogoutService(SessionRevoker revoker, Transactions transactions, Clock clock) {
        this.revoker = revoker;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void logout(Principal principal, boolean everySession) {
        Instant now = clock.instant();
        List<SessionRevoked> revoked = transactions.inTransaction(() -> everySession
                ? revoker.revokeAll(principal.userId(), now)
                : revoker.revoke(principal.userId(), principal.sessionId(), now));
        revoker.announce(revoked);
    }
}
