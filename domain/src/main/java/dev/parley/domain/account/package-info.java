/** Accounts: users, sessions, credentials and the rules that guard them. */
package dev.parley.domain.account;
