/** How much the storage document cache keeps, for how long, and how often it proves its listener alive. */
export interface StorageCacheOptions {
  /** Most documents kept per process; past it the least recently used go. */
  readonly maxEntries: number;
  /** Most bytes kept per process (documents as JSON, UTF-16 in memory, plus their keys). */
  readonly maxBytes: number;
  /**
   * Safety TTL: a document is reloaded at the latest this long after its load started, even when no
   * invalidation arrived. 0 turns the cache off (every read goes to the storage table).
   */
  readonly ttlMs: number;
  /**
   * How often the listener proves its connection delivers notifications (a NOTIFY to itself); a proof
   * that fails or takes longer than this clears the cache and bypasses it until LISTEN is back.
   */
  readonly heartbeatMs: number;
}

export const DEFAULT_STORAGE_CACHE_OPTIONS: StorageCacheOptions = {
  maxEntries: 100_000,
  maxBytes: 128 * 1024 * 1024,
  ttlMs: 60_000,
  heartbeatMs: 1_000,
};
