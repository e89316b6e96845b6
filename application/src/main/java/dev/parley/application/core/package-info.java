/** The embeddable core: every use case built from one set of outgoing ports, with the threads it owns. */
package dev.parley.application.core;
