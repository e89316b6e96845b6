/** HTTP adapter: its Dagger module. */
package dev.parley.http;
