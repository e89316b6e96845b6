package dev.parley.domain.conversation;

import dev.parley.domain.account.UserId;
import dev.parley.domain.shared.ParleyException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Who may do what in a conversation. Direct conversations have no roles to speak of: changing their
 * membership or name is a {@code conflict} (409), deleting one is {@code forbidden} (only groups and
 * broadcasts have owners). Every method throws the rejection or returns normally.
 */
public final class ConversationRules {
    static final String MEETING_CHAT = "a meeting's chat follows its meeting: use /meetings/{id}/… "
            + "(PATCH /meetings/{id}, /meetings/{id}/leave, /meetings/{id}/participants/…) instead";

    private ConversationRules() {
    }

    /**
     * A meeting's chat is renamed, ended and joined through its meeting only: renaming or deleting it, adding,
     * removing or re-roling participants and leaving it as a conversation are {@code forbidden}. Reading and
     * sending are not affected.
     */
    public static void requireNotMeetingChat(Conversation conversation) {
        if (conversation.meetingChat()) {
            throw ParleyException.forbidden(MEETING_CHAT);
        }
    }

    /** In broadcasts only the owner and admins post; members read. A value: {@link SendPolicy} turns it into a rejection. */
    public static boolean mayPost(Conversation conversation, Participant sender) {
        return conversation.type() != ConversationType.BROADCAST || sender.role().manages();
    }

    /** Renaming and adding participants: owner or admin, never in a direct conversation. */
    public static void requireMayManage(Conversation conversation, Participant actor) {
        requireNotDirect(conversation);
        if (!actor.role().manages()) {
            throw ParleyException.forbidden("only the owner and admins manage this conversation");
        }
    }

    public static void requireMayDelete(Conversation conversation, Participant actor) {
        if (conversation.isDirect()) {
            throw ParleyException.forbidden("direct conversations have no owner and cannot be deleted");
        }
        if (actor.role() != Role.OWNER) {
            throw ParleyException.forbidden("only the owner deletes a conversation");
        }
    }

    /** The owner removes anyone; admins remove members; nobody removes the owner. */
    public static void requireMayRemove(Conversation conversation, Participant actor, Participant target) {
        requireNotDirect(conversation);
        if (!actor.role().manages()) {
            throw ParleyException.forbidden("only the owner and admins remove participants");
        }
        if (target.role() == Role.OWNER || (target.role() == Role.ADMIN && actor.role() != Role.OWNER)) {
            throw ParleyException.forbidden("only the owner removes admins, and the owner cannot be removed");
        }
    }

    /** Only the owner changes roles; giving someone {@code owner} hands ownership over. */
    public static void requireMayChangeRole(Conversation conversation, Participant actor, Participant target) {
        requireNotDirect(conversation);
        if (actor.role() != Role.OWNER) {
            throw ParleyException.forbidden("only the owner changes roles");
        }
        if (actor.userId().equals(target.userId())) {
            throw ParleyException.conflict("the owner hands over ownership by giving another participant the owner role");
        }
    }

    public static void requireMayLeave(Conversation conversation) {
        if (conversation.isDirect()) {
            throw ParleyException.conflict("direct conversations cannot be left");
        }
    }

    public static void requireRoom(int currentCount, int adding, int maxSize) {
        if (currentCount + adding > maxSize) {
            throw ParleyException.conflict("a conversation holds at most " + maxSize + " participants");
        }
    }

    /** Who owns the conversation after the owner left: the longest-standing admin, else member. */
    public static Optional<Participant> successor(List<Participant> remaining) {
        Comparator<Participant> seniority = Comparator.comparing(Participant::joinedAt)
                .thenComparing(participant -> participant.userId().value());
        Optional<Participant> admin = remaining.stream().filter(p -> p.role() == Role.ADMIN).min(seniority);
        return admin.isPresent() ? admin : remaining.stream().min(seniority);
    }

    /** Only the author edits, and only a live text message. */
    public static void requireMayEdit(Message message, UserId actor) {
        if (message.type() == MessageType.SYSTEM || !message.senderId().equals(actor)) {
            throw ParleyException.forbidden("only the author edits a message");
        }
        if (message.isDeleted()) {
            throw ParleyException.conflict("a deleted message cannot be edited; restore it first");
        }
    }

    /** The author deletes; in groups and broadcasts the owner and admins delete anyone's. */
    public static void requireMayDelete(Conversation conversation, Message message, Participant actor) {
        if (message.type() == MessageType.SYSTEM) {
            throw ParleyException.forbidden("system messages cannot be deleted");
        }
        boolean author = message.senderId().equals(actor.userId());
        if (!author && (conversation.isDirect() || !actor.role().manages())) {
            throw ParleyException.forbidden("only the author, or the owner and admins of a group, delete a message");
        }
    }

    /**
     * The author restores what the author deleted. A message an owner or admin deleted (moderation) is restored
     * only by the one who deleted it or by an owner/admin: the author alone cannot undo moderation.
     * {@code deletedBy} is who deleted it (the author for a live message or one deleted before this was recorded).
     */
    public static void requireMayRestore(Conversation conversation, Message message, Participant actor, UserId deletedBy) {
        if (message.type() == MessageType.SYSTEM) {
            throw ParleyException.forbidden("system messages cannot be restored");
        }
        boolean moderated = !deletedBy.equals(message.senderId());
        if (!moderated) {
            if (!message.senderId().equals(actor.userId())) {
                throw ParleyException.forbidden("only the author restores a message the author deleted");
            }
            return;
        }
        boolean moderator = !conversation.isDirect() && actor.role().manages();
        if (!deletedBy.equals(actor.userId()) && !moderator) {
            throw ParleyException.forbidden("a message an owner or admin deleted is restored only by an owner or admin");
        }
    }

    /** A deleted message's earlier versions are hidden like its content, from everyone but its author. */
    public static boolean mayReadEdits(Message message, UserId reader) {
        return !message.isDeleted() || message.senderId().equals(reader);
    }

    private static void requireNotDirect(Conversation conversation) {
        if (conversation.isDirect()) {
            throw ParleyException.conflict("direct conversations have exactly two participants and no name");
        }
    }
}
