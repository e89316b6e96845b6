/** In-memory adapters shared by every feature: direct transactions, the rate limiter, HMAC and PostgreSQL's UUID order. */
package dev.parley.inmemory.shared;
