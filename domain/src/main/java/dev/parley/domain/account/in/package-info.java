/** Incoming ports (use cases) of accounts. */
package dev.parley.domain.account.in;
