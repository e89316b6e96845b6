/** End-to-end tests of calls. */
package dev.parley.bootstrap.call;
