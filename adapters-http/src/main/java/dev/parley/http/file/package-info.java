/** HTTP adapter of files: streaming uploads (multipart or raw), downloads with ranges, thumbnails, deletion. */
package dev.parley.http.file;
