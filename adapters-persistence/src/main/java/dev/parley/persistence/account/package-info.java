/** Persistence adapters for accounts. */
package dev.parley.persistence.account;
