/** File services: streaming uploads, access rules, signed links, thumbnails, attachments, avatars, the sweeper. */
package dev.parley.application.file;
