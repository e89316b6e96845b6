package dev.parley.application.account;

import dev.parley.domain.account.Principal;
import dev.parley.domain.account.Session;
import dev.parley.domain.account.SessionId;
import dev.parley.domain.account.SessionRevoked;
import dev.parley.domain.account.in.SessionsUseCase;
import dev.parley.domain.account.out.SessionRepository;
import dev.parley.domain.shared.ParleyException;
import dev.parley.domain.shared.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Lists and revokes the caller's devices. Someone else's session id answers 404, as if it did not exist. */
public final class SessionsService implements SessionsUseCase {
    private final SessionRepository sessions;
    private final SessionRevoker revoker;
    private final Transactions transactions;
    private final Clock clock;

    public SessionsService(SessionRepository sessions, SessionRevoker revoker, Transactions transactions, Clock clock) {
        this.sessions = sessions;
        this.revoker = revoker;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public List<Session> list(Principal principal) {
        return sessions.listActive(principal.userId());
    }

    @Override
    public void revoke(Principal principal, SessionId sessionId) {
        Instant now = clock.instant();
        List<SessionRevoked> revoked = transactions.inTransaction(() -> {
            Session session = sessions.find(sessionId)
                    .filter(found -> found.userId().equals(principal.userId()) && found.isActive())
                    .orElseThrow(() -> ParleyException.notFound("session"));
            return revoker.revoke(principal.userId(), session.id(), now);
        });
        revoker.announce(revoked);
    }
}
