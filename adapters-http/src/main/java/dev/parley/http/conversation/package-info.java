/** HTTP adapter: conversation. */
package dev.parley.http.conversation;
