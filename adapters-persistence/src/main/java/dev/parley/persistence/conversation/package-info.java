/** Persistence adapter: conversation. */
package dev.parley.persistence.conversation;
