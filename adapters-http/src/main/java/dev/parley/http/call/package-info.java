/** HTTP adapter: call. */
package dev.parley.http.call;
