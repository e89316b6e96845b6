/** In-memory adapters for accounts: users, sessions, tokens, and JDK-signed access tokens and password hashes. */
package dev.parley.inmemory.account;
