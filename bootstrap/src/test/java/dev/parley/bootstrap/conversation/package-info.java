/** End-to-end tests of conversations and messages through the real server and PostgreSQL. */
package dev.parley.bootstrap.conversation;
