/**
 * The options of every Redis client glue-core opens (login blocker, rate limits, readiness check).
 * Without the offline queue a command fails at once while Redis is unreachable, so the request gets
 * 503 instead of waiting for a reconnection that may never come; connecting gives up after
 * `connectTimeoutMs`.
 */
export function redisClientOptions(url: string, connectTimeoutMs = 5_000) {
  return { url, disableOfflineQueue: true, socket: { connectTimeout: connectTimeoutMs } } as const;
}
