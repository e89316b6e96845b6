/** In-memory adapters for people: blocks, contacts, contact requests and user search. */
package dev.parley.inmemory.people;
