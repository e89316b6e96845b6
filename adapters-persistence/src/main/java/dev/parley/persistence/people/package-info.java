/** Persistence adapter: people. */
package dev.parley.persistence.people;
