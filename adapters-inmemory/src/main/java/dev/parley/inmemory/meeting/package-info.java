/** In-memory adapters for meetings: meetings, participants and tracks, and "no media server" media and tokens. */
package dev.parley.inmemory.meeting;
