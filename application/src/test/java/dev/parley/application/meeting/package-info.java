/** Meeting fakes and the repository contracts they share with PostgreSQL. */
package dev.parley.application.meeting;
