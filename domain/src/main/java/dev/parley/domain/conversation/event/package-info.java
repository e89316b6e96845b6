/** Facts about conversations and messages, published after commit for real-time delivery. */
package dev.parley.domain.conversation.event;
