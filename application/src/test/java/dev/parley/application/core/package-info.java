/** Tests of the embeddable core, built from the in-memory fakes. */
package dev.parley.application.core;
