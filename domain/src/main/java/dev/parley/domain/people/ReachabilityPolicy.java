package dev.parley.domain.people;

import dev.parley.domain.account.Privacy;
import dev.parley.domain.account.Reach;
import dev.parley.domain.people.ReachabilityCheck.Channel;

/**
 * The one rule deciding whether a user may reach another over a channel. Kept pure so every
 * combination of block, contact and privacy is tested without a database.
 *
 * <ul>
 *   <li>Reaching yourself is always allowed.</li>
 *   <li>A block in either direction denies every channel, presence included ({@code blocked}).</li>
 *   <li>Contact requests are governed by blocks only: privacy settings say who may <em>talk</em>
 *       to you, and a request is how a stranger becomes someone who may.</li>
 *   <li>Adding someone to a group follows their {@code who_can_message}: being put in a group lets
 *       strangers message you, so it must not be a way around that setting.</li>
 *   <li>Messages follow {@code who_can_message}, calls {@code who_can_call}, presence
 *       {@code presence_visible_to}; {@code nobody} also excludes contacts.</li>
 * </ul>
 */
public final class ReachabilityPolicy {
    private ReachabilityPolicy() {
    }

    public static ReachDecision decide(Relationship relationship, Privacy targetPrivacy, Channel channel) {
        return switch (relationship) {
            case SELF -> ReachDecision.ALLOWED;
            case BLOCKED -> ReachDecision.BLOCKED;
            case CONTACTS, STRANGERS -> byPrivacy(relationship == Relationship.CONTACTS, targetPrivacy, channel);
        };
    }

    private static ReachDecision byPrivacy(boolean contacts, Privacy privacy, Channel channel) {
        Reach reach = switch (channel) {
            case CONTACT_REQUEST -> Reach.EVERYONE;
            case MESSAGE, ADD_TO_GROUP -> privacy.whoCanMessage();
            case CALL -> privacy.whoCanCall();
            case PRESENCE -> privacy.presenceVisibleTo();
        };
        boolean allowed = switch (reach) {
            case EVERYONE -> true;
            case CONTACTS -> contacts;
            case NOBODY -> false;
        };
        return allowed ? ReachDecision.ALLOWED : ReachDecision.PRIVACY_RESTRICTED;
    }
}
