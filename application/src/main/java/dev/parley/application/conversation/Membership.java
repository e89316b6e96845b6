package dev.parley.application.conversation;

import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.Participant;

/** A live conversation and the caller's place in it. */
record Membership(Conversation conversation, Participant participant) {
}
