/** PostgreSQL adapter of file metadata, avatars and the file sweep timers. */
package dev.parley.persistence.file;
