import type { StorageCacheOptions } from './transfer/storage-cache-options.transfer.js';

/** Reads the documents of `keys` from the storage table in one batch; a key without a document is left out. */
export type StorageDocumentLoader<D> = (keys: readonly string[]) => Promise<ReadonlyMap<string, D>>;

/** What the cache needs besides its bounds: a monotonic clock and a document's size (tests replace them). */
export interface StorageDocumentCacheTools {
  /** Milliseconds on a monotonic clock; default `performance.now`. */
  readonly now?: () => number;
  /** A document's size in bytes; default its JSON length in UTF-16. */
  readonly sizeOf?: (document: unknown) => number;
}

/** The cache's bounds (`StorageCacheOptions` without the listener's). */
export type StorageDocumentCacheLimits = Pick<StorageCacheOptions, 'maxEntries' | 'maxBytes' | 'ttlMs'>;

/** A key the storage table holds no document for: remembered too, so that a miss costs one read. */
const ABSENT = Symbol('absent');

interface Entry {
  readonly document: unknown;
  readonly bytes: number;
  /** Clock time after which the entry is reloaded (the safety TTL, from the start of its load). */
  readonly expires: number;
}

/** A load in flight: the keys an invalidation hit while it ran must not be remembered. */
interface Load {
  readonly generation: number;
  readonly invalidated: Set<string>;
}

/** Bytes an entry costs besides its document: the key and the bookkeeping. */
const ENTRY_OVERHEAD_BYTES = 96;

function jsonBytes(document: unknown): number {
  return (JSON.stringify(document)?.length ?? 0) * 2;
}

/**
 * The process's storage documents in memory, in front of the storage table's "documents by keys" read,
 * bounded in entries and bytes (least recently used go first) and in age (the safety TTL).
 *
 * It serves from memory only while it is `active`, that is while its listener holds a LISTEN connection
 * and every change committed since is being delivered to it: the listener deactivates it when the
 * connection drops (which forgets everything) and activates it again once LISTEN is back.
 *
 * A load that an invalidation overtakes may have read the document before the change committed: it
 * answers the read that started it (which began before the change was acknowledged), but it is not
 * remembered. Per key, through the loads in flight (`inFlight`), and for everything through
 * `generation`, which `clear` and every change of `active` advance.
 */
export class StorageDocumentCache {
  private readonly entries = new Map<string, Entry>();
  private readonly inFlight = new Map<string, Set<Load>>();
  private readonly now: () => number;
  private readonly sizeOf: (document: unknown) => number;
  private generation = 0;
  /** Advanced by every change of any document: derived values computed before it are not remembered. */
  private derivedGeneration = 0;
  /** Keys of the derived values kept now (`derive`): each change of any document forgets them all. */
  private readonly derivedKeys = new Set<string>();
  private bytes = 0;
  private active = false;

  constructor(
    private options: StorageDocumentCacheLimits,
    tools: StorageDocumentCacheTools = {},
  ) {
    this.now = tools.now ?? (() => performance.now());
    this.sizeOf = tools.sizeOf ?? jsonBytes;
  }

  /** Replaces the bounds and forgets everything (`StorageCacheModule.forRoot`, before the application starts). */
  configure(options: StorageDocumentCacheLimits): void {
    this.options = options;
    this.clear();
  }

  /** Whether reads are served from memory (the listener is connected and the TTL is not 0). */
  get isActive(): boolean {
    return this.active && this.options.ttlMs > 0;
  }

  /** Documents kept now, and the bytes they are counted at. */
  get usage(): { readonly entries: number; readonly bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  /**
   * The documents of `keys`: from memory where it holds them, the rest through one call of `load`.
   * Keys without a document are absent from the result.
   */
  async get<D>(keys: readonly string[], load: StorageDocumentLoader<D>): Promise<Map<string, D>> {
    const found = new Map<string, D>();
    if (!this.isActive) {
      for (const [key, document] of await load([...new Set(keys)])) found.set(key, document);
      return found;
    }
    const missing = this.collectHits(keys, found);
    if (missing.length === 0) return found;
    const started = this.now();
    const pending: Load = { generation: this.generation, invalidated: new Set() };
    for (const key of missing) this.track(key, pending);
    let loaded: ReadonlyMap<string, D>;
    try {
      loaded = await load(missing);
    } finally {
      for (const key of missing) this.untrack(key, pending);
    }
    const current = this.isActive && pending.generation === this.generation;
    for (const key of missing) {
      const document = loaded.get(key);
      if (document !== undefined) found.set(key, document);
      if (current && !pending.invalidated.has(key)) this.remember(key, document ?? ABSENT, started);
    }
    return found;
  }

  /**
   * A value computed from many documents (a search result, type-ahead), under `name` (which must name
   * everything the value depends on besides the documents): from memory where it is kept, else through
   * `compute`, remembered within the same bounds as documents. Any change of any document forgets every
   * derived value, since which documents a value read is not known; a value whose computation a change
   * overtook answers its own request but is not remembered.
   */
  async derive<T>(name: string, compute: () => Promise<T>): Promise<T> {
    if (!this.isActive) return compute();
    // Apart from every storage key (those never hold a NUL).
    const key = `derived\u0000${name}`;
    const entry = this.touch(key, this.now());
    if (entry !== undefined) return entry.document as T;
    const started = this.now();
    const generation = this.generation;
    const derivedGeneration = this.derivedGeneration;
    const value = await compute();
    if (this.isActive && generation === this.generation && derivedGeneration === this.derivedGeneration) {
      this.remember(key, value, started);
      if (this.entries.has(key)) this.derivedKeys.add(key);
    }
    return value;
  }

  /** Forgets these keys (their documents changed); loads of them in flight are not remembered. */
  invalidate(keys: Iterable<string>): void {
    let changed = false;
    for (const key of keys) {
      changed = true;
      this.forget(key);
      for (const pending of this.inFlight.get(key) ?? []) pending.invalidated.add(key);
    }
    if (!changed) return;
    this.derivedGeneration += 1;
    for (const key of this.derivedKeys) this.forget(key);
    this.derivedKeys.clear();
  }

  /** Forgets everything, loads in flight included (a change too large to name its keys, a lost listener). */
  clear(): void {
    this.generation += 1;
    this.entries.clear();
    this.derivedKeys.clear();
    this.bytes = 0;
  }

  /** Serves from memory (`true`, LISTEN is established) or bypasses it (`false`); either way from empty. */
  setActive(active: boolean): void {
    this.active = active;
    this.clear();
  }

  private collectHits<D>(keys: readonly string[], found: Map<string, D>): string[] {
    const now = this.now();
    const missing: string[] = [];
    const seen = new Set<string>();
    for (const key of keys) {
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = this.touch(key, now);
      if (entry === undefined) {
        missing.push(key);
        continue;
      }
      if (entry.document !== ABSENT) found.set(key, entry.document as D);
    }
    return missing;
  }

  /** The unexpired entry of `key`, made the most recently used; undefined when there is none. */
  private touch(key: string, now: number): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined || entry.expires <= now) return undefined;
    // Re-inserting moves the entry to the end: the map's order is the eviction order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  private remember(key: string, document: unknown, started: number): void {
    const bytes = ENTRY_OVERHEAD_BYTES + key.length * 2 + (document === ABSENT ? 0 : this.sizeOf(document));
    if (bytes > this.options.maxBytes) return;
    this.forget(key);
    this.entries.set(key, { document, bytes, expires: started + this.options.ttlMs });
    this.bytes += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.options.maxEntries && this.bytes <= this.options.maxBytes) break;
      this.entries.delete(oldest);
      this.derivedKeys.delete(oldest);
      this.bytes -= entry.bytes;
    }
  }

  private forget(key: string): void {
    const entry = this.entries.get(key);
    if (entry === undefined) return;
    this.entries.delete(key);
    this.derivedKeys.delete(key);
    this.bytes -= entry.bytes;
  }

  private track(key: string, pending: Load): void {
    const loads = this.inFlight.get(key);
    if (loads === undefined) this.inFlight.set(key, new Set([pending]));
    else loads.add(pending);
  }

  private untrack(key: string, pending: Load): void {
    const loads = this.inFlight.get(key);
    loads?.delete(pending);
    if (loads?.size === 0) this.inFlight.delete(key);
  }
}
