/** PostgreSQL tests of the call repository. */
package dev.parley.persistence.call;
