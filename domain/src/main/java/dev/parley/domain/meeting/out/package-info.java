/** Outgoing ports of meetings: storage, media (LiveKit rooms, tokens, egress) and the meeting chat. */
package dev.parley.domain.meeting.out;
