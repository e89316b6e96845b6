/** Test support: real PostgreSQL databases for tests. */
package dev.parley.persistence.testing;
