/** Incoming ports of meetings: use cases with their command records. */
package dev.parley.domain.meeting.in;
