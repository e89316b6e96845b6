/** Parley Web: how the server serves it, and scenarios in a real headless Chromium. */
package dev.parley.bootstrap.web;
