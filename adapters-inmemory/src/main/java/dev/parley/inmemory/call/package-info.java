/** In-memory adapters for calls: the call store, and "no media server" rooms, tokens and webhooks. */
package dev.parley.inmemory.call;
