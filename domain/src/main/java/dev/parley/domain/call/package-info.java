/** Calls: the 1:1 call aggregate, its lifecycle states and events. Parley owns ringing, busy and missed; LiveKit only carries media. */
package dev.parley.domain.call;
