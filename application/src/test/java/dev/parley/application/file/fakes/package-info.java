/** In-memory stand-ins for the file ports, for application tests. */
package dev.parley.application.file.fakes;
