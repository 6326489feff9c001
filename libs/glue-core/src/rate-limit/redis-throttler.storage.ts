import type { ThrottlerStorage } from '@nestjs/throttler';
import { defineScript, type CommandParser } from 'redis';
import { closeRedis, connectRedis } from '../redis/redis-client.js';

/**
 * KEYS[1]: the hits of one counter, KEYS[2]: its block; ARGV: the window, the limit and the block
 * duration (milliseconds). Counts one hit in a fixed window that the first hit opens; the hit past
 * the limit starts a block, and counting starts afresh when the block ends. Returns the hits, the
 * window's and the block's remaining milliseconds, and 1 when blocked.
 */
const THROTTLE_SCRIPT = `
local ttl = tonumber(ARGV[1])
local limit = tonumber(ARGV[2])
local block = tonumber(ARGV[3])
local blockedFor = redis.call('PTTL', KEYS[2])
if blockedFor > 0 then return { limit + 1, blockedFor, 1, blockedFor } end
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ttl) end
local expiresIn = redis.call('PTTL', KEYS[1])
if expiresIn < 0 then
  redis.call('PEXPIRE', KEYS[1], ttl)
  expiresIn = ttl
end
if hits <= limit then return { hits, expiresIn, 0, 0 } end
if block <= 0 then return { hits, expiresIn, 1, expiresIn } end
redis.call('SET', KEYS[2], '1', 'PX', block)
redis.call('DEL', KEYS[1])
return { hits, expiresIn, 1, block }`;

const SCRIPTS = {
  throttle: defineScript({
    SCRIPT: THROTTLE_SCRIPT,
    NUMBER_OF_KEYS: 2,
    parseCommand(parser: CommandParser, key: string, ttl: number, limit: number, blockDuration: number) {
      // The hash tag keeps both keys of one counter in one Redis Cluster slot, as one script needs.
      parser.pushKeys([`${key}:hits`, `${key}:block`]);
      parser.push(String(ttl), String(limit), String(blockDuration));
    },
    transformReply: (reply: unknown) => (reply as readonly unknown[]).map(Number),
  }),
};

/** What a storage answers (the package does not export the type itself). */
type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

type ThrottlerClient = Awaited<ReturnType<typeof connectRedis<typeof SCRIPTS>>>;

/**
 * `@nestjs/throttler` counters in Redis, over node-redis (the client the login blocker uses too):
 * one Lua script per request (EVALSHA), so a hit is counted and judged in one round trip with no
 * other client in between. `@nest-lab/throttler-storage-redis` would need ioredis and declares Nest
 * up to 11 only.
 */
export class RedisThrottlerStorage implements ThrottlerStorage {
  private constructor(
    private readonly client: ThrottlerClient,
    private readonly prefix: string,
  ) {}

  /** Connects to `url`; fails fast (rather than retrying forever) when Redis is unreachable at start. */
  static async connect(url: string, scope: string): Promise<RedisThrottlerStorage> {
    return new RedisThrottlerStorage(
      await connectRedis(url, { scripts: SCRIPTS }),
      `glue:rate-limit:${scope}`,
    );
  }

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const [hits = 0, expiresIn = 0, blocked = 0, blockedFor = 0] = await this.client.throttle(
      `${this.prefix}:{${throttlerName}:${key}}`,
      ttl,
      limit,
      blockDuration,
    );
    return {
      totalHits: hits,
      timeToExpire: Math.ceil(expiresIn / 1000),
      isBlocked: blocked === 1,
      timeToBlockExpire: Math.ceil(blockedFor / 1000),
    };
  }

  /** Nest calls it when the application closes. */
  onModuleDestroy(): Promise<void> {
    return closeRedis(this.client);
  }
}
