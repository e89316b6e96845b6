/** Bootstrap: configuration, Dagger wiring and the process entry point. */
package dev.parley.bootstrap;
