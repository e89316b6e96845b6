/** Storage adapters of file bytes: a local directory or an S3-compatible bucket. */
package dev.parley.storage;
