/** Shared kernel: error codes, ids, pages, secrets and the cross-cutting outgoing ports. */
package dev.parley.domain.shared;
