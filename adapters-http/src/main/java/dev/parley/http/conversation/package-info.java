/** HTTP adapter: the conversation, participant and message endpoints. */
package dev.parley.http.conversation;
