/** Tests of the meeting state machine, codes and role rules (no infrastructure). */
package dev.parley.domain.meeting;
