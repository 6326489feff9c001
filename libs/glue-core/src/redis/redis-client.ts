import { createClient, type RedisScripts } from 'redis';
import { IsUrlVariable } from '../config/environment.decorators.js';
import { configGroup, type ConfigGroup } from '../config/environment.js';

class RedisVariables {
  @IsUrlVariable(['redis:', 'rediss:']) readonly REDIS_URL: string | null = null;
}

/**
 * `REDIS_URL`: the Redis an application's processes share (login blocker and rate-limit counters, its
 * readiness check); unset, each process counts in its own memory. Read once per application.
 */
export function redisUrlConfig(): ConfigGroup<string | null> {
  return configGroup(RedisVariables, '', (values) => values.REDIS_URL);
}

export interface RedisConnectOptions<S extends RedisScripts> {
  /** Lua scripts the client runs by name (EVALSHA), node-redis's `defineScript`s. */
  readonly scripts?: S;
  /** How long connecting may take before it gives up (default 5 s). */
  readonly connectTimeoutMs?: number;
}

/**
 * Opens a Redis client of glue-core (login blocker, rate limits, readiness check), all alike. Without
 * the offline queue a command fails at once while Redis is unreachable, so the request gets 503 instead
 * of waiting for a reconnection that may never come; node-redis reconnects by itself, and a command
 * that fails rejects and fails its request visibly (so the client's `error` events are not reported
 * twice). Rejects when Redis cannot be reached at start: the application does not start half-configured.
 */
export async function connectRedis<S extends RedisScripts = Record<never, never>>(
  url: string,
  { scripts, connectTimeoutMs = 5_000 }: RedisConnectOptions<S> = {},
) {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: connectTimeoutMs },
    ...(scripts && { scripts }),
  });
  client.on('error', () => {
    // See above: reconnecting is node-redis's business, failing a command the request's.
  });
  await client.connect();
  return client;
}

/** Closes a client of `connectRedis` (once; a client already closed is left alone). */
export async function closeRedis(client: {
  readonly isOpen: boolean;
  close(): Promise<unknown>;
}): Promise<void> {
  if (client.isOpen) await client.close();
}
