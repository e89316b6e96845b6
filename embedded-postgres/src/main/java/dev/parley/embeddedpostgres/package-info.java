/** The embedded PostgreSQL server of development setups and tests. */
package dev.parley.embeddedpostgres;
