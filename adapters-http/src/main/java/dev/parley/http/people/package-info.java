/** HTTP adapter: people. */
package dev.parley.http.people;
