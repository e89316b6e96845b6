/** Tests of the meeting persistence adapter on PostgreSQL. */
package dev.parley.persistence.meeting;
