/** End-to-end test support: real nodes, an HTTP client and account helpers. */
package dev.parley.bootstrap.support;
