/** Incoming ports of calls: one use case per action, with command records. */
package dev.parley.domain.call.in;
