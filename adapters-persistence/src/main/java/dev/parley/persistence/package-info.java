/** Persistence adapter (PostgreSQL through JDBI): its Dagger module and lifecycle. */
package dev.parley.persistence;
