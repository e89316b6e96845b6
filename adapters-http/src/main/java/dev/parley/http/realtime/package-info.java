/** HTTP adapter: realtime. */
package dev.parley.http.realtime;
