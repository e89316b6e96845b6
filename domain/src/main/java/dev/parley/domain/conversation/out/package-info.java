/** Outgoing ports of conversations and messages: where they are stored and who belongs where. */
package dev.parley.domain.conversation.out;
