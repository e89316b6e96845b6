package dev.parley.domain.account.in;

import dev.parley.domain.account.Principal;
import dev.parley.domain.account.Session;
import dev.parley.domain.account.SessionId;
import java.util.List;

/** Use case: list and revoke the caller's signed-in devices. */
public interface SessionsUseCase {
    List<Session> list(Principal principal);

    void revoke(Principal principal, SessionId sessionId);
}
