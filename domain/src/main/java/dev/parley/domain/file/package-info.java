/** Files: uploaded bytes with their metadata, attachments, avatars, and where the bytes are kept. */
package dev.parley.domain.file;
