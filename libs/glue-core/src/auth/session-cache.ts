/** How long the authentication step may trust what it learnt about a session, and how much it keeps. */
export interface SessionCacheOptions {
  /**
   * How long an "active" answer is reused, in milliseconds, counted from the moment the lookup that
   * produced it started: a session revoked by another process is refused here at most this long after
   * its revocation committed. 0 to 1000; default 1000. A revoked session stays revoked, so that answer
   * is kept until the entry is evicted.
   */
  readonly stalenessMs?: number;
  /** Most sessions remembered; past it the oldest entry goes. Default 10 000 (a few MB at most). */
  readonly maxEntries?: number;
  /** A monotonic clock in milliseconds (tests); default `performance.now`. */
  readonly now?: () => number;
}

export const DEFAULT_SESSION_STALENESS_MS = 1000;
export const MAX_SESSION_STALENESS_MS = 1000;
export const DEFAULT_SESSION_CACHE_ENTRIES = 10_000;

/** Whether a session is active (exists and is not revoked): one indexed read. */
export type SessionLookup = (sessionId: string) => Promise<boolean>;

interface Entry {
  readonly active: boolean;
  /** Clock time until which the answer may be used; `Infinity` for a revoked session. */
  readonly until: number;
}

/**
 * What the authentication step asks on every request with a token of the application's own: is the
 * token's session still active? Answers from memory when it can (synchronously, so a hit costs no
 * extra turn of the event loop), asks `lookup` otherwise: one lookup per session however many requests
 * wait for it. Bounded in staleness (`stalenessMs`) and in size (`maxEntries`). A revocation made by
 * this process is applied at once through `invalidate`.
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  private readonly loading = new Map<string, Promise<boolean>>();
  private readonly stalenessMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(
    private readonly lookup: SessionLookup,
    options: SessionCacheOptions = {},
  ) {
    this.stalenessMs = options.stalenessMs ?? DEFAULT_SESSION_STALENESS_MS;
    this.maxEntries = options.maxEntries ?? DEFAULT_SESSION_CACHE_ENTRIES;
    this.now = options.now ?? (() => performance.now());
    if (
      !Number.isInteger(this.stalenessMs) ||
      this.stalenessMs < 0 ||
      this.stalenessMs > MAX_SESSION_STALENESS_MS
    ) {
      throw new RangeError(`stalenessMs must be a whole number from 0 to ${MAX_SESSION_STALENESS_MS}.`);
    }
    if (!Number.isInteger(this.maxEntries) || this.maxEntries < 1) {
      throw new RangeError('maxEntries must be a whole number of at least 1.');
    }
  }

  /** How many sessions are remembered now. */
  get size(): number {
    return this.entries.size;
  }

  /** Whether the session is active: a boolean when memory can tell, else the pending lookup. */
  isActive(sessionId: string): boolean | Promise<boolean> {
    const entry = this.entries.get(sessionId);
    if (entry !== undefined && entry.until > this.now()) return entry.active;
    return this.loading.get(sessionId) ?? this.load(sessionId);
  }

  /**
   * Forgets what is known of these sessions (this process revoked them): the next request asks again.
   * A lookup of one of them still in flight may have read the row before the revocation committed: it
   * answers the request that started it, but its answer is not kept (it is no longer `loading`).
   */
  invalidate(sessionIds: Iterable<string>): void {
    for (const sessionId of sessionIds) {
      this.entries.delete(sessionId);
      this.loading.delete(sessionId);
    }
  }

  private load(sessionId: string): Promise<boolean> {
    const started = this.now();
    /** Whether this lookup is still the one of its session: `invalidate` drops it from `loading`. */
    const settle = (): boolean => {
      if (this.loading.get(sessionId) !== pending) return false;
      this.loading.delete(sessionId);
      return true;
    };
    const pending = this.lookup(sessionId).then(
      (active) => {
        if (settle()) this.remember(sessionId, active, started);
        return active;
      },
      (error: unknown) => {
        settle();
        throw error;
      },
    );
    this.loading.set(sessionId, pending);
    return pending;
  }

  private remember(sessionId: string, active: boolean, started: number): void {
    // Re-inserting moves the entry to the end: the map's order is the eviction order.
    this.entries.delete(sessionId);
    this.entries.set(sessionId, { active, until: active ? started + this.stalenessMs : Infinity });
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done !== true) this.entries.delete(oldest.value);
    }
  }
}
