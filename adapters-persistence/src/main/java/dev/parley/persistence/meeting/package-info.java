/** Persistence adapter: meetings, their participants and media tracks. */
package dev.parley.persistence.meeting;
