/**
 * Persistence adapter: conversations, participants and messages in PostgreSQL. A send is one statement
 * that bumps the conversation's {@code last_seq} and inserts the message (see the application package for
 * the design); history pages, the conversation list and search are keyset range scans on named indexes.
 */
package dev.parley.persistence.conversation;
