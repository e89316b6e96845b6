/** Outgoing ports of calls: storage, media rooms, media tokens, webhook verification and call notices. */
package dev.parley.domain.call.out;
