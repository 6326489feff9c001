import { StorageDocumentCache } from './storage-document.cache.js';

type Price = { readonly gross: number };

/** A loader over `table` that counts its calls and the keys it was asked for. */
function tableLoader(table: Map<string, Price>) {
  const calls: string[][] = [];
  const load = (keys: readonly string[]) => {
    calls.push([...keys]);
    const found = new Map<string, Price>();
    for (const key of keys) {
      const document = table.get(key);
      if (document !== undefined) found.set(key, document);
    }
    return Promise.resolve(found);
  };
  return { load, calls };
}

/** A loader whose answer the test releases, to interleave an invalidation with a load in flight. */
function heldLoader(document: Price) {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  const load = async (keys: readonly string[]) => {
    await released;
    return new Map(keys.map((key) => [key, document]));
  };
  return { load, release: () => release() };
}

const LIMITS = { maxEntries: 100, maxBytes: 1_000_000, ttlMs: 60_000 };

function activeCache(limits = LIMITS, now = () => 0): StorageDocumentCache {
  const cache = new StorageDocumentCache(limits, { now, sizeOf: () => 100 });
  cache.setActive(true);
  return cache;
}

describe('StorageDocumentCache', () => {
  it('loads the missing keys in one batch and serves them from memory afterwards', async () => {
    const table = new Map([['price:1', { gross: 100 }]]);
    const { load, calls } = tableLoader(table);
    const cache = activeCache();

    expect(await cache.get(['price:1', 'price:2', 'price:1'], load)).toEqual(
      new Map([['price:1', { gross: 100 }]]),
    );
    expect(await cache.get(['price:1', 'price:2'], load)).toEqual(new Map([['price:1', { gross: 100 }]]));
    expect(calls).toEqual([['price:1', 'price:2']]);
  });

  it('reloads an invalidated key, and only that key', async () => {
    const table = new Map([
      ['price:1', { gross: 100 }],
      ['price:2', { gross: 200 }],
    ]);
    const { load, calls } = tableLoader(table);
    const cache = activeCache();
    await cache.get(['price:1', 'price:2'], load);

    table.set('price:1', { gross: 150 });
    cache.invalidate(['price:1']);

    expect(await cache.get(['price:1', 'price:2'], load)).toEqual(
      new Map([
        ['price:1', { gross: 150 }],
        ['price:2', { gross: 200 }],
      ]),
    );
    expect(calls).toEqual([['price:1', 'price:2'], ['price:1']]);
  });

  it('does not remember a load that an invalidation of its key overtook', async () => {
    const cache = activeCache();
    const stale = heldLoader({ gross: 100 });
    const reading = cache.get(['price:1'], stale.load);
    cache.invalidate(['price:1']);
    stale.release();
    // The read that started before the change answers with what it read…
    expect(await reading).toEqual(new Map([['price:1', { gross: 100 }]]));
    // …but the next read loads again.
    const { load, calls } = tableLoader(new Map([['price:1', { gross: 150 }]]));
    expect(await cache.get(['price:1'], load)).toEqual(new Map([['price:1', { gross: 150 }]]));
    expect(calls).toEqual([['price:1']]);
  });

  it('does not remember a load that a flush or a lost listener overtook', async () => {
    for (const interrupt of [
      (cache: StorageDocumentCache) => cache.clear(),
      (cache: StorageDocumentCache) => {
        cache.setActive(false);
        cache.setActive(true);
      },
    ]) {
      const cache = activeCache();
      const stale = heldLoader({ gross: 100 });
      const reading = cache.get(['price:1'], stale.load);
      interrupt(cache);
      stale.release();
      await reading;
      expect(cache.usage.entries).toBe(0);
    }
  });

  it('bypasses memory while inactive (no listener): every read loads', async () => {
    const { load, calls } = tableLoader(new Map([['price:1', { gross: 100 }]]));
    const cache = new StorageDocumentCache(LIMITS);
    await cache.get(['price:1'], load);
    await cache.get(['price:1'], load);
    expect(calls).toEqual([['price:1'], ['price:1']]);
    expect(cache.usage).toEqual({ entries: 0, bytes: 0 });
  });

  it('forgets everything when it becomes inactive', async () => {
    const { load } = tableLoader(new Map([['price:1', { gross: 100 }]]));
    const cache = activeCache();
    await cache.get(['price:1'], load);
    expect(cache.usage.entries).toBe(1);
    cache.setActive(false);
    expect(cache.usage).toEqual({ entries: 0, bytes: 0 });
  });

  it('reloads an entry once its safety TTL has passed since its load started', async () => {
    let now = 0;
    const { load, calls } = tableLoader(new Map([['price:1', { gross: 100 }]]));
    const cache = activeCache({ ...LIMITS, ttlMs: 1_000 }, () => now);
    await cache.get(['price:1'], load);
    now = 999;
    await cache.get(['price:1'], load);
    now = 1_000;
    await cache.get(['price:1'], load);
    expect(calls).toEqual([['price:1'], ['price:1']]);
  });

  it('with a TTL of 0 never serves from memory', async () => {
    const { load, calls } = tableLoader(new Map([['price:1', { gross: 100 }]]));
    const cache = activeCache({ ...LIMITS, ttlMs: 0 });
    await cache.get(['price:1'], load);
    await cache.get(['price:1'], load);
    expect(calls).toHaveLength(2);
    expect(cache.isActive).toBe(false);
  });

  it('keeps at most maxEntries, evicting the least recently used', async () => {
    const table = new Map(['a', 'b', 'c'].map((key) => [key, { gross: 1 }]));
    const { load, calls } = tableLoader(table);
    const cache = activeCache({ ...LIMITS, maxEntries: 2 });
    await cache.get(['a'], load);
    await cache.get(['b'], load);
    await cache.get(['a'], load); // a is now the most recently used
    await cache.get(['c'], load); // evicts b
    calls.length = 0;
    await cache.get(['a', 'b', 'c'], load);
    expect(calls).toEqual([['b']]);
    expect(cache.usage.entries).toBe(2);
  });

  it('keeps at most maxBytes, counting each document and key', async () => {
    const table = new Map(['a', 'b', 'c'].map((key) => [key, { gross: 1 }]));
    const { load } = tableLoader(table);
    // Each entry: 100 (sizeOf) + 96 overhead + 2 for a one-letter key = 198 bytes.
    const cache = activeCache({ ...LIMITS, maxBytes: 400 });
    await cache.get(['a', 'b', 'c'], load);
    expect(cache.usage).toEqual({ entries: 2, bytes: 396 });
  });
});

describe('StorageDocumentCache.derive', () => {
  it('computes a derived value once and serves it from memory until any document changes', async () => {
    const cache = activeCache();
    let computed = 0;
    const compute = () => Promise.resolve({ found: ++computed });

    expect(await cache.derive('search:a', compute)).toEqual({ found: 1 });
    expect(await cache.derive('search:a', compute)).toEqual({ found: 1 });
    cache.invalidate(['price:unrelated']);
    expect(await cache.derive('search:a', compute)).toEqual({ found: 2 });
    cache.invalidate([]);
    expect(await cache.derive('search:a', compute)).toEqual({ found: 2 });
    cache.clear();
    expect(await cache.derive('search:a', compute)).toEqual({ found: 3 });
  });

  it('does not remember a value whose computation a change overtook', async () => {
    const cache = activeCache();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const stale = cache.derive('search:a', async () => {
      await held;
      return 'stale';
    });
    cache.invalidate(['price:1']);
    release();
    expect(await stale).toBe('stale');
    expect(await cache.derive('search:a', () => Promise.resolve('fresh'))).toBe('fresh');
  });

  it('computes every time while the cache is inactive, and keeps derived names apart from document keys', async () => {
    const inactive = new StorageDocumentCache(LIMITS, { now: () => 0, sizeOf: () => 100 });
    let computed = 0;
    await inactive.derive('a', () => Promise.resolve(++computed));
    await inactive.derive('a', () => Promise.resolve(++computed));
    expect(computed).toBe(2);

    const cache = activeCache();
    await cache.derive('price:1', () => Promise.resolve({ derived: true }));
    const { load } = tableLoader(new Map([['price:1', { gross: 100 }]]));
    expect(await cache.get(['price:1'], load)).toEqual(new Map([['price:1', { gross: 100 }]]));
  });
});
