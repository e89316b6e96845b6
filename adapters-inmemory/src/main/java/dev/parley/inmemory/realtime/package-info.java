/** In-memory adapters for realtime: presence leases, last seen, socket tickets, the change feed and an in-process fan-out bus. */
package dev.parley.inmemory.realtime;
