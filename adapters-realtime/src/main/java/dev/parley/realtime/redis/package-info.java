/**
 * Multi-node implementations of the realtime ports on Redis (Lettuce), used when {@code PARLEY_REDIS_URL} is set.
 *
 * <p>Channel design: every delivery is published once on the single channel {@code parley:fanout}
 * (see {@link dev.parley.realtime.redis.DeliveryCodec} for the frame). Every node subscribes and resolves
 * the audience against its own sockets: users and sessions through its socket registry, a conversation
 * through its local membership index. A message to a 1,000-member group therefore costs one PUBLISH,
 * not 1,000; Redis copies it once per node. This suits clusters of a handful of nodes; beyond that,
 * per-node channels fed by a user-to-node directory would trade that broadcast for a lookup.
 * Pub/sub is fire-and-forget, which is fine: exactness comes from {@code seq} and catch-up, not the bus.
 */
package dev.parley.realtime.redis;
