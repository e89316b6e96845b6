/** Parley Web: the browser client served from the classpath at {@code /}. */
package dev.parley.http.web;
