/** Use cases of the people feature: profiles, contacts, blocks and account deletion. */
package dev.parley.domain.people.in;
