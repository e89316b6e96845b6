/** Realtime adapter: event fan-out, presence and rate limits. */
package dev.parley.realtime;
