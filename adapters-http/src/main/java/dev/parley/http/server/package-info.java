/** The HTTP server: routing, access control, JSON, request ids and the error envelope. */
package dev.parley.http.server;
