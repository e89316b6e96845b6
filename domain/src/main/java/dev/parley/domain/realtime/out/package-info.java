/** Outgoing ports of real-time delivery: the fan-out bus, presence leases, tickets and local indexes. */
package dev.parley.domain.realtime.out;
