package dev.parley.domain.people.in;

import dev.parley.domain.account.UserId;

/** Use case: delete your account (sessions revoked, relations removed, profile anonymised). */
@FunctionalInterface
public interface DeleteAccountUseCase {
    void delete(UserId caller);
}
