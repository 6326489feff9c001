import { defineScript, type CommandParser } from 'redis';
import { closeRedis, connectRedis } from '../redis/redis-client.js';

/** A counter in a fixed window that starts with its first count, and the most it may reach. */
export interface AttemptCounter {
  readonly key: string;
  readonly limit: number;
}

/** What a reservation got: a place in every counter, or the seconds until one has room again. */
export type AttemptReservation =
  { readonly granted: true } | { readonly granted: false; readonly retryAfterSeconds: number };

/**
 * Where the login blocker keeps its counters. In memory for one process; in Redis (`REDIS_URL`)
 * when several processes must share them. `reserve` is atomic: concurrent attempts can never all
 * pass a check that none of them has counted yet.
 */
export interface AttemptCounterStore {
  /**
   * Counts one attempt on every counter in one step, if every counter stays within its limit;
   * otherwise counts nothing and answers when the fullest window ends. A window of
   * `windowSeconds` starts with a counter's first count.
   */
  reserve(counters: readonly AttemptCounter[], windowSeconds: number): Promise<AttemptReservation>;
  /** Gives back one counted attempt (a counter never goes below zero, nor outlives its window). */
  release(key: string): Promise<void>;
  clear(key: string): Promise<void>;
  close(): Promise<void>;
}

const GRANTED: AttemptReservation = { granted: true };
const SWEEP_THRESHOLD = 10_000;

interface MemoryCounter {
  count: number;
  readonly expiresAt: number;
}

/**
 * Counters of this process only: right for one process, wrong behind a load balancer. Reserving is
 * synchronous (it returns a settled promise), so it cannot interleave with another reservation.
 */
export class MemoryAttemptCounterStore implements AttemptCounterStore {
  private readonly counters = new Map<string, MemoryCounter>();

  constructor(private readonly now: () => number = Date.now) {}

  reserve(counters: readonly AttemptCounter[], windowSeconds: number): Promise<AttemptReservation> {
    const now = this.now();
    if (this.counters.size >= SWEEP_THRESHOLD) this.sweep(now);
    let wait = 0;
    for (const { key, limit } of counters) {
      const counter = this.live(key, now);
      if ((counter?.count ?? 0) + 1 > limit) wait = Math.max(wait, secondsUntil(counter, now));
    }
    if (wait > 0) return Promise.resolve({ granted: false, retryAfterSeconds: wait });
    for (const { key } of counters) {
      const counter = this.live(key, now);
      if (counter) counter.count += 1;
      else this.counters.set(key, { count: 1, expiresAt: now + windowSeconds * 1000 });
    }
    return Promise.resolve(GRANTED);
  }

  release(key: string): Promise<void> {
    const counter = this.live(key, this.now());
    if (counter) {
      counter.count -= 1;
      if (counter.count <= 0) this.counters.delete(key);
    }
    return Promise.resolve();
  }

  clear(key: string): Promise<void> {
    this.counters.delete(key);
    return Promise.resolve();
  }

  close(): Promise<void> {
    this.counters.clear();
    return Promise.resolve();
  }

  /** Nest calls it when the application closes. */
  onModuleDestroy(): Promise<void> {
    return this.close();
  }

  /** Drops expired counters: a spray of made-up usernames must not grow the map without end. */
  private sweep(now: number): void {
    for (const [key, counter] of this.counters) {
      if (counter.expiresAt <= now) this.counters.delete(key);
    }
  }

  private live(key: string, now: number): MemoryCounter | undefined {
    const counter = this.counters.get(key);
    if (counter && counter.expiresAt <= now) {
      this.counters.delete(key);
      return undefined;
    }
    return counter;
  }
}

function secondsUntil(counter: MemoryCounter | undefined, now: number): number {
  return counter ? Math.max(1, Math.ceil((counter.expiresAt - now) / 1000)) : 1;
}

/**
 * KEYS: the counters; ARGV[1]: the window in seconds; ARGV[1 + i]: the limit of KEYS[i].
 * Returns 0 when every counter got its count, otherwise the seconds until the fullest refusing
 * window ends (nothing counted). One script: one round trip, and no other client runs in between.
 */
const RESERVE_SCRIPT = `
local window = tonumber(ARGV[1])
local wait = 0
for i, key in ipairs(KEYS) do
  local count = tonumber(redis.call('GET', key) or '0')
  if count + 1 > tonumber(ARGV[i + 1]) then
    local ttl = redis.call('PTTL', key)
    if ttl < 0 then
      redis.call('EXPIRE', key, window)
      ttl = window * 1000
    end
    wait = math.max(wait, math.ceil(ttl / 1000), 1)
  end
end
if wait > 0 then return wait end
for _, key in ipairs(KEYS) do
  if redis.call('INCR', key) == 1 then redis.call('EXPIRE', key, window) end
end
return 0`;

/** KEYS[1]: a counter. One count less; a counter at zero (or gone) is deleted, never negative. */
const RELEASE_SCRIPT = `
if redis.call('DECR', KEYS[1]) <= 0 then redis.call('DEL', KEYS[1]) end
return 0`;

const SCRIPTS = {
  reserveAttempts: defineScript({
    SCRIPT: RESERVE_SCRIPT,
    parseCommand(parser: CommandParser, counters: readonly AttemptCounter[], windowSeconds: number) {
      parser.pushKeysLength(counters.map((counter) => counter.key));
      parser.push(String(windowSeconds), ...counters.map((counter) => String(counter.limit)));
    },
    transformReply: (reply: unknown) => Number(reply),
  }),
  releaseAttempt: defineScript({
    SCRIPT: RELEASE_SCRIPT,
    NUMBER_OF_KEYS: 1,
    parseCommand(parser: CommandParser, key: string) {
      parser.pushKey(key);
    },
    transformReply: () => undefined,
  }),
};

type AttemptClient = Awaited<ReturnType<typeof connectRedis<typeof SCRIPTS>>>;

/**
 * Counters in Redis, shared by every process. Each operation is one Lua script (EVALSHA): one
 * round trip that reads, decides and writes with no other command in between.
 */
export class RedisAttemptCounterStore implements AttemptCounterStore {
  private constructor(private readonly client: AttemptClient) {}

  /** Connects to `url`; fails fast (rather than retrying forever) when Redis is unreachable at start. */
  static async connect(url: string): Promise<RedisAttemptCounterStore> {
    return new RedisAttemptCounterStore(await connectRedis(url, { scripts: SCRIPTS }));
  }

  async reserve(counters: readonly AttemptCounter[], windowSeconds: number): Promise<AttemptReservation> {
    const wait = await this.client.reserveAttempts(counters, windowSeconds);
    return wait > 0 ? { granted: false, retryAfterSeconds: wait } : GRANTED;
  }

  async release(key: string): Promise<void> {
    await this.client.releaseAttempt(key);
  }

  async clear(key: string): Promise<void> {
    await this.client.del(key);
  }

  close(): Promise<void> {
    return closeRedis(this.client);
  }

  /** Nest calls it when the application closes. */
  onModuleDestroy(): Promise<void> {
    return this.close();
  }
}
