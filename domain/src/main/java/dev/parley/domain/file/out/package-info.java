/** What files need from the outside: a byte storage and a metadata repository. */
package dev.parley.domain.file.out;
