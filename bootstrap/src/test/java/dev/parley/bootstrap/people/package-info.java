/** End-to-end tests of profiles, search, contacts, blocks and account deletion. */
package dev.parley.bootstrap.people;
