/** Use cases of files: upload, download, thumbnails, links, deletion. */
package dev.parley.domain.file.in;
