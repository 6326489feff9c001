import { createClient } from 'redis';

/** A counter in a fixed window that starts with its first increment. */
export interface AttemptCount {
  readonly count: number;
  /** Seconds until the window ends and the counter is gone (0 when there is none). */
  readonly resetInSeconds: number;
}

/**
 * Where the login blocker keeps its counters. In memory for one process; in Redis (`REDIS_URL`)
 * when several processes must share them.
 */
export interface AttemptCounterStore {
  increment(key: string, windowSeconds: number): Promise<AttemptCount>;
  read(key: string): Promise<AttemptCount>;
  clear(key: string): Promise<void>;
  close(): Promise<void>;
}

const NONE: AttemptCount = { count: 0, resetInSeconds: 0 };
const SWEEP_THRESHOLD = 10_000;

/** Counters of this process only: right for one process, wrong behind a load balancer. */
export class MemoryAttemptCounterStore implements AttemptCounterStore {
  private readonly counters = new Map<string, { count: number; expiresAt: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  increment(key: string, windowSeconds: number): Promise<AttemptCount> {
    const now = this.now();
    if (this.counters.size >= SWEEP_THRESHOLD) this.sweep(now);
    const current = this.live(key, now);
    const counter = current ?? { count: 0, expiresAt: now + windowSeconds * 1000 };
    counter.count += 1;
    this.counters.set(key, counter);
    return Promise.resolve(toCount(counter, now));
  }

  read(key: string): Promise<AttemptCount> {
    const now = this.now();
    const counter = this.live(key, now);
    return Promise.resolve(counter ? toCount(counter, now) : NONE);
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

  private live(key: string, now: number): { count: number; expiresAt: number } | undefined {
    const counter = this.counters.get(key);
    if (counter && counter.expiresAt <= now) {
      this.counters.delete(key);
      return undefined;
    }
    return counter;
  }
}

function toCount(counter: { count: number; expiresAt: number }, now: number): AttemptCount {
  return { count: counter.count, resetInSeconds: Math.max(1, Math.ceil((counter.expiresAt - now) / 1000)) };
}

type RedisClient = ReturnType<typeof createClient>;

/** Counters in Redis: INCR, with the window's expiry set by the first increment only. */
export class RedisAttemptCounterStore implements AttemptCounterStore {
  private constructor(private readonly client: RedisClient) {}

  /** Connects to `url`; fails fast (rather than retrying forever) when Redis is unreachable at start. */
  static async connect(url: string): Promise<RedisAttemptCounterStore> {
    // Without the offline queue a command fails at once while Redis is unreachable (the request
    // gets 503) instead of waiting for a reconnection that may never come.
    const client = createClient({ url, disableOfflineQueue: true, socket: { connectTimeout: 5_000 } });
    client.on('error', () => {
      // node-redis reconnects by itself; a failed command rejects and fails its request visibly.
    });
    await client.connect();
    return new RedisAttemptCounterStore(client);
  }

  async increment(key: string, windowSeconds: number): Promise<AttemptCount> {
    const [count, , ttl] = await this.client
      .multi()
      .incr(key)
      .expire(key, windowSeconds, 'NX')
      .ttl(key)
      .exec();
    return { count: Number(count), resetInSeconds: Math.max(1, Number(ttl)) };
  }

  async read(key: string): Promise<AttemptCount> {
    const [count, ttl] = await this.client.multi().get(key).ttl(key).exec();
    if (count === null || Number(ttl) < 0) return NONE;
    return { count: Number(count), resetInSeconds: Math.max(1, Number(ttl)) };
  }

  async clear(key: string): Promise<void> {
    await this.client.del(key);
  }

  async close(): Promise<void> {
    if (this.client.isOpen) await this.client.close();
  }

  /** Nest calls it when the application closes. */
  onModuleDestroy(): Promise<void> {
    return this.close();
  }
}
