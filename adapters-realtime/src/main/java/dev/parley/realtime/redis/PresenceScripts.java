package dev.parley.realtime.redis;

/**
 * The Lua scripts behind {@link RedisPresenceLeases}, each one atomic round trip. Data: a sorted set
 * {@code parley:presence:leases} of {@code user|node} members scored by expiry (epoch ms), and per user
 * a set {@code parley:presence:user:<id>} of the nodes holding a lease. The user-set key is built inside
 * the scripts, which is fine on one Redis server (not on Redis Cluster).
 */
final class PresenceScripts {
    static final String LEASES = "parley:presence:leases";
    static final String USER_PREFIX = "parley:presence:user:";

    /** KEYS: user set, leases. ARGV: node, member, expiry. Returns 1 when the user was offline before. */
    static final String ATTACH = """
            local before = redis.call('SCARD', KEYS[1])
            redis.call('SADD', KEYS[1], ARGV[1])
            redis.call('ZADD', KEYS[2], ARGV[3], ARGV[2])
            if before == 0 then return 1 else return 0 end""";

    /** KEYS: user set, leases. ARGV: node, member. Returns 1 when the user has no lease left anywhere. */
    static final String DETACH = """
            redis.call('ZREM', KEYS[2], ARGV[2])
            local removed = redis.call('SREM', KEYS[1], ARGV[1])
            if removed == 1 and redis.call('SCARD', KEYS[1]) == 0 then return 1 else return 0 end""";

    /** KEYS: leases. ARGV: node, expiry, user prefix, user ids... Returns the users that were offline. */
    static final String RENEW = """
            local back = {}
            for i = 4, #ARGV do
              local key = ARGV[3] .. ARGV[i]
              local before = redis.call('SCARD', key)
              redis.call('SADD', key, ARGV[1])
              redis.call('ZADD', KEYS[1], ARGV[2], ARGV[i] .. '|' .. ARGV[1])
              if before == 0 then table.insert(back, ARGV[i]) end
            end
            return back""";

    /** KEYS: leases. ARGV: now, user prefix. Removes expired leases; returns users left with none. */
    static final String SWEEP = """
            local expired = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, 500)
            local gone = {}
            for _, member in ipairs(expired) do
              redis.call('ZREM', KEYS[1], member)
              local sep = string.find(member, '|', 1, true)
              local key = ARGV[2] .. string.sub(member, 1, sep - 1)
              if redis.call('SREM', key, string.sub(member, sep + 1)) == 1 and redis.call('SCARD', key) == 0 then
                table.insert(gone, string.sub(member, 1, sep - 1))
              end
            end
            return gone""";

    private PresenceScripts() {
    }
}
