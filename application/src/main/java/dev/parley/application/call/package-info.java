/** Call use cases: placing, answering, ending, timing out and following LiveKit's webhooks. */
package dev.parley.application.call;
