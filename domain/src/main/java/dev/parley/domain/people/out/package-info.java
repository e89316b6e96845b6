/** Outgoing ports of the people feature: contacts, requests, blocks, search and presence. */
package dev.parley.domain.people.out;
