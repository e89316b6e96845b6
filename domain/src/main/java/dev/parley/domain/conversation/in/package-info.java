/** Incoming ports of conversations and messages: one use case per interface, with its command records. */
package dev.parley.domain.conversation.in;
