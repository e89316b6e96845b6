/** Outgoing ports of real-time delivery: the fan-out bus, presence leases, tickets and the wire encoding of events. */
package dev.parley.domain.realtime.out;
