/** Crash and outage tests with real processes: the node, PostgreSQL and Redis killed, stalled and restarted. */
package dev.parley.bootstrap.resilience;
