/** Real-time use cases: socket tickets, presence tracking and presence queries. */
package dev.parley.domain.realtime.in;
