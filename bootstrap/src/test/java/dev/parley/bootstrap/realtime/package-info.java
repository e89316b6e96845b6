/** End-to-end tests of the real-time gateway: WebSocket, SSE, tickets, revocation, presence, many nodes. */
package dev.parley.bootstrap.realtime;
