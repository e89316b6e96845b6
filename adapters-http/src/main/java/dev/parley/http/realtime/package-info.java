/** HTTP adapter: the real-time gateway (WebSocket and SSE), socket tickets and event encoding for the fan-out bus. */
package dev.parley.http.realtime;
