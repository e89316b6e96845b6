package dev.parley.domain.people;

/**
 * How two users stand towards each other, seen from the one reaching out. A block in either
 * direction outranks everything else (blocking also removes the contact).
 */
public enum Relationship {
    /** The same user on both ends. */
    SELF,
    /** One of the two blocked the other. */
    BLOCKED,
    /** Mutual contacts, no block. */
    CONTACTS,
    /** Neither contacts nor blocked. */
    STRANGERS;

    /** Classifies a pair from the facts the application loads. */
    public static Relationship of(boolean self, boolean blockedEitherWay, boolean contacts) {
        if (self) {
            return SELF;
        }
        if (blockedEitherWay) {
            return BLOCKED;
        }
        return contacts ? CONTACTS : STRANGERS;
    }
}
