/** Benchmark harness: an HTTP/WebSocket/JDBC client of Parley that drives load, measures it and writes reports. */
package dev.parley.bench;
