/** Tests of the file metadata repository on PostgreSQL. */
package dev.parley.persistence.file;
