/** Outgoing ports the account use cases need. */
package dev.parley.domain.account.out;
