/** In-memory adapters: a plain-JVM implementation of every outgoing port, so a core runs with no infrastructure. */
package dev.parley.inmemory;
