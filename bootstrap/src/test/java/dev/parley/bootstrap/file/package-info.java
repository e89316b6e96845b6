/** End-to-end tests of files: uploads, downloads, links, attachments, avatars, thumbnails, limits. */
package dev.parley.bootstrap.file;
