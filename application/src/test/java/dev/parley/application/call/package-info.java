/** Call use cases against hand-written in-memory fakes. */
package dev.parley.application.call;
