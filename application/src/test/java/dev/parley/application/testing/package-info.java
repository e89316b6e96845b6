/** In-memory fakes of the outgoing ports and fixtures wiring use cases to them (shipped in the test-jar). */
package dev.parley.application.testing;
