/** In-memory adapters for conversations: one shared store (and lock) behind conversations, messages and memberships. */
package dev.parley.inmemory.conversation;
