/** Real-time use cases: socket tickets, presence tracking and queries, and conversation audiences. */
package dev.parley.domain.realtime.in;
