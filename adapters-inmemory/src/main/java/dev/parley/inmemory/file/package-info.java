/** In-memory adapters for files: metadata, bytes in memory, the JDK image codec and HMAC link signatures. */
package dev.parley.inmemory.file;
