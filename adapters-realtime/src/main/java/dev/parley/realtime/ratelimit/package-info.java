/** Rate limiting implementations. */
package dev.parley.realtime.ratelimit;
