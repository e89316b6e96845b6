/** Persistence adapter: call. */
package dev.parley.persistence.call;
