/** HTTP adapter of meetings: the {@code /meetings} routes, their views and the {@code meeting.*} event encoder. */
package dev.parley.http.meeting;
