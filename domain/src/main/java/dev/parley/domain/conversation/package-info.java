/** Conversations and messages: types, roles, the rules of who may do what, and the exact message history. */
package dev.parley.domain.conversation;
