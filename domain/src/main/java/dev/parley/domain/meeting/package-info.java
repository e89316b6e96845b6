/** Meetings: Meet-style rooms found by code, their participants, roles and lifecycle. LiveKit only carries media. */
package dev.parley.domain.meeting;
