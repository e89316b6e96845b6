/** In-memory adapters for mail: the outbox (both sides) and a transport that keeps what it sends. */
package dev.parley.inmemory.mail;
