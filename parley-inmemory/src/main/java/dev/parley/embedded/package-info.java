/** The embedding kit: a whole Parley core on the shipped in-memory adapters, for embedders and tests. */
package dev.parley.embedded;
