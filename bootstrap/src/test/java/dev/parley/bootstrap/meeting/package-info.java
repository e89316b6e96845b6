/** End-to-end tests of meetings over HTTP and WebSocket, with the in-test LiveKit. */
package dev.parley.bootstrap.meeting;
