package dev.parley.domain.people;

import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;

/** The outcome of the reachability policy: allowed, or the reason it is not (each a contract code). */
public enum ReachDecision {
    ALLOWED, BLOCKED, PRIVACY_RESTRICTED;

    public boolean allowed() {
        return this == ALLOWED;
    }

    /** Turns a denial into the 403 the contract names; does nothing when allowed. */
    public void orThrow() {
        switch (this) {
            case ALLOWED -> {
                // nothing to reject
            }
            case BLOCKED -> throw new ParleyException(ErrorCode.BLOCKED, "one of you has blocked the other");
            case PRIVACY_RESTRICTED -> throw new ParleyException(ErrorCode.PRIVACY_RESTRICTED,
                    "this user's privacy settings do not allow it");
        }
    }
}
