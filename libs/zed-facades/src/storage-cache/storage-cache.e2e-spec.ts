import { createServer, connect, type Server, type Socket } from 'node:net';
import { Test, type TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { DatabaseModule } from '#zed-facades/database';
import { waitFor } from '../../../../test/support/processes.js';
import { createSpecDatabase, type SpecDatabase } from '../../../../test/support/spec-database.js';
import { StorageChangeListener } from './persistence/storage-change.listener.js';
import { notifyStorageChanged } from './persistence/storage-change.notifier.js';
import { StorageCacheReadinessCheck } from './storage-cache-readiness.check.js';
import { StorageCacheModule } from './storage-cache.module.js';
import { StorageDocumentCache } from './storage-document.cache.js';
import { DEFAULT_STORAGE_CACHE_OPTIONS } from './transfer/storage-cache-options.transfer.js';

interface PriceDocument {
  readonly gross: number;
}

/** The stated bound when a notification is lost silently: twice the heartbeat (docs/architecture.md). */
const HEARTBEAT_MS = 500;
const OPTIONS = { ...DEFAULT_STORAGE_CACHE_OPTIONS, heartbeatMs: HEARTBEAT_MS };

/** One "process": a module of its own, with its own data source, cache and LISTEN connection. */
interface Node {
  readonly moduleRef: TestingModule;
  readonly dataSource: DataSource;
  readonly cache: StorageDocumentCache;
  readonly listener: StorageChangeListener;
  readonly loads: string[][];
  /** The document of `key` as this process serves it. */
  read(key: string): Promise<PriceDocument | undefined>;
}

async function startNode(url: string): Promise<Node> {
  const moduleRef = await Test.createTestingModule({
    imports: [DatabaseModule.forRoot({ url }), StorageCacheModule.forRoot(OPTIONS)],
  }).compile();
  await moduleRef.init();
  const dataSource = moduleRef.get(DataSource);
  const cache = moduleRef.get(StorageDocumentCache);
  const loads: string[][] = [];
  const load = async (keys: readonly string[]) => {
    loads.push([...keys]);
    const rows = await dataSource.query<{ storage_key: string; data: PriceDocument }[]>(
      'SELECT storage_key, data FROM test_storage WHERE storage_key = ANY($1)',
      [keys],
    );
    return new Map(rows.map((row) => [row.storage_key, row.data]));
  };
  return {
    moduleRef,
    dataSource,
    cache,
    listener: moduleRef.get(StorageChangeListener),
    loads,
    read: async (key) => (await cache.get([key], load)).get(key),
  };
}

/**
 * A TCP proxy to the database whose open connections can be silenced: nothing flows any more, and
 * nothing is closed (a network partition, a hung server), the failure only a heartbeat can see.
 */
async function silenceableProxy(databaseUrl: string) {
  const target = new URL(databaseUrl);
  const pairs: [Socket, Socket][] = [];
  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
    client.pipe(upstream).pipe(client);
    client.on('error', () => undefined);
    upstream.on('error', () => undefined);
    pairs.push([client, upstream]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String(typeof address === 'object' && address ? address.port : 0);
  return {
    url: url.toString(),
    silence: () => {
      for (const [client, upstream] of pairs.splice(0)) {
        client.unpipe(upstream);
        upstream.unpipe(client);
        client.pause();
        upstream.pause();
        pairs.push([client, upstream]);
      }
    },
    close: async () => {
      for (const [client, upstream] of pairs) {
        client.destroy();
        upstream.destroy();
      }
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

describe('the storage cache across processes (LISTEN/NOTIFY)', () => {
  let database: SpecDatabase;
  let nodes: Node[] = [];
  let first: Node;
  let second: Node;

  /** Writes a price as a catalog write does: the row and its notification in one transaction. */
  async function writePrice(key: string, gross: number, notify = true): Promise<void> {
    await first.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO test_storage (storage_key, data) VALUES ($1, $2)
         ON CONFLICT (storage_key) DO UPDATE SET data = EXCLUDED.data`,
        [key, { gross }],
      );
      if (notify) await notifyStorageChanged(manager, [key]);
    });
  }

  /** How long, from now, until every node serves `gross` for `key` (fails past the stated bound). */
  async function servedEverywhere(key: string, gross: number): Promise<number> {
    const started = performance.now();
    await waitFor(
      async () =>
        (await Promise.all(nodes.map((node) => node.read(key)))).every((doc) => doc?.gross === gross),
      2 * HEARTBEAT_MS,
      `${key} at ${gross} in every process`,
    );
    return performance.now() - started;
  }

  /**
   * Lets the write's own notification land (it may arrive after a read already loaded the new
   * document, and evict it), then has every node hold `key` in memory.
   */
  async function cachedEverywhere(key: string): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const node of nodes) await node.read(key);
    for (const node of nodes) node.loads.length = 0;
  }

  beforeAll(async () => {
    database = await createSpecDatabase({ migrate: false });
    nodes = [await startNode(database.url), await startNode(database.url)];
    [first, second] = nodes as [Node, Node];
    await first.dataSource.query(
      'CREATE TABLE test_storage (storage_key text PRIMARY KEY, data jsonb NOT NULL)',
    );
  }, 60_000);

  afterAll(async () => {
    for (const node of nodes) await node.moduleRef.close();
    await database?.drop();
  });

  it('each process listens on a connection of its own, outside its pool', async () => {
    expect(first.listener.isListening).toBe(true);
    expect(second.listener.isListening).toBe(true);
    expect(first.listener.backendPid).not.toBe(second.listener.backendPid);
    const [row] = await first.dataSource.query<{ count: number }[]>(
      "SELECT count(*)::int AS count FROM pg_stat_activity WHERE application_name = 'glue storage-cache listener' AND datname = current_database()",
    );
    expect(row?.count).toBe(2);
    await expect(first.moduleRef.get(StorageCacheReadinessCheck).check()).resolves.toBeUndefined();
  });

  it('serves a committed price change from both processes within the stated bound, reloading only that key', async () => {
    await writePrice('price:DE:EUR:001', 1000);
    await writePrice('price:DE:EUR:002', 2000);
    await servedEverywhere('price:DE:EUR:001', 1000);
    expect(await second.read('price:DE:EUR:002')).toEqual({ gross: 2000 });
    await cachedEverywhere('price:DE:EUR:001');
    await cachedEverywhere('price:DE:EUR:002');
    // Served from memory now: no load.
    expect(await second.read('price:DE:EUR:001')).toEqual({ gross: 1000 });
    expect(second.loads).toEqual([]);

    await writePrice('price:DE:EUR:001', 1100);
    // The writing process forgets the key when the commit returns: it reads its own write at once.
    first.loads.length = 0;
    expect(await first.read('price:DE:EUR:001')).toEqual({ gross: 1100 });
    expect(first.loads).toEqual([['price:DE:EUR:001']]);
    const elapsed = await servedEverywhere('price:DE:EUR:001', 1100);
    expect(elapsed).toBeLessThan(2 * HEARTBEAT_MS);
    second.loads.length = 0;
    // The other key was not touched.
    await second.read('price:DE:EUR:002');
    expect(second.loads).toEqual([]);
  });

  it('keeps serving what it holds when the write rolls back (NOTIFY is delivered at commit only)', async () => {
    await writePrice('price:DE:EUR:003', 3000);
    await servedEverywhere('price:DE:EUR:003', 3000);
    await cachedEverywhere('price:DE:EUR:003');
    await expect(
      first.dataSource.transaction(async (manager) => {
        await notifyStorageChanged(manager, ['price:DE:EUR:003']);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await second.read('price:DE:EUR:003')).toEqual({ gross: 3000 });
    expect(second.loads).toEqual([]);
  });

  it('flushes every process for a change too large to name its keys', async () => {
    await writePrice('price:DE:EUR:004', 4000);
    await servedEverywhere('price:DE:EUR:004', 4000);
    const many = Array.from({ length: 100_000 }, (_, index) => `concrete:DE:de_DE:${index}`);
    await first.dataSource.transaction((manager) => notifyStorageChanged(manager, many));
    await waitFor(() => nodes.every((node) => node.cache.usage.entries === 0), 2 * HEARTBEAT_MS, 'a flush');
  });

  it('never serves stale data after its listener drops: bypasses the cache until LISTEN is back', async () => {
    await writePrice('price:DE:EUR:005', 5000);
    await servedEverywhere('price:DE:EUR:005', 5000);
    const pid = second.listener.backendPid;
    await first.dataSource.query('SELECT pg_terminate_backend($1)', [pid]);
    await waitFor(() => second.listener.backendPid !== pid, 2 * HEARTBEAT_MS, 'the listener to notice');
    // A change whose notification the second process cannot have heard (not sent at all here):
    await writePrice('price:DE:EUR:005', 5500, false);
    if (!second.listener.isListening) {
      // Asked in the same turn as the state it reports: the listener may reconnect at any await after.
      const readiness = second.moduleRef.get(StorageCacheReadinessCheck).check();
      await expect(readiness).rejects.toThrow(/not connected/);
    }
    // Whether LISTEN is back yet or not: never the stale price (reconnecting starts from an empty cache).
    expect(await second.read('price:DE:EUR:005')).toEqual({ gross: 5500 });
    await waitFor(() => second.listener.isListening, 5_000, 'LISTEN to be re-established');
    expect(second.listener.backendPid).not.toBe(pid);
    expect(await second.read('price:DE:EUR:005')).toEqual({ gross: 5500 });
    // Invalidation works again on the new connection.
    await writePrice('price:DE:EUR:005', 5600);
    await servedEverywhere('price:DE:EUR:005', 5600);
  });

  it('notices a LISTEN connection gone silent by its heartbeat, and serves the change within twice the heartbeat', async () => {
    const proxy = await silenceableProxy(database.url);
    const cache = new StorageDocumentCache(OPTIONS);
    const listener = new StorageChangeListener(cache, {
      databaseUrl: () => proxy.url,
      heartbeatMs: HEARTBEAT_MS,
      enabled: () => true,
    });
    const load = async (keys: readonly string[]) => {
      const rows = await first.dataSource.query<{ storage_key: string; data: PriceDocument }[]>(
        'SELECT storage_key, data FROM test_storage WHERE storage_key = ANY($1)',
        [keys],
      );
      return new Map(rows.map((row) => [row.storage_key, row.data]));
    };
    try {
      await listener.start();
      expect(listener.isListening).toBe(true);
      await writePrice('price:DE:EUR:006', 6000);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect((await cache.get(['price:DE:EUR:006'], load)).get('price:DE:EUR:006')).toEqual({ gross: 6000 });
      const pid = listener.backendPid;

      proxy.silence();
      await writePrice('price:DE:EUR:006', 6600);
      const started = performance.now();
      await waitFor(
        async () => (await cache.get(['price:DE:EUR:006'], load)).get('price:DE:EUR:006')?.gross === 6600,
        2 * HEARTBEAT_MS + 200,
        'the change, without its notification',
      );
      expect(performance.now() - started).toBeLessThan(2 * HEARTBEAT_MS + 100);
      // It listens again, on a new connection.
      await waitFor(() => listener.isListening && listener.backendPid !== pid, 5_000, 'LISTEN again');
    } finally {
      await listener.stop();
      await proxy.close();
    }
  });

  it('closes its LISTEN connection with the application', async () => {
    const third = await startNode(database.url);
    const pid = third.listener.backendPid;
    expect(pid).not.toBeNull();
    await third.moduleRef.close();
    expect(third.listener.isListening).toBe(false);
    await waitFor(
      async () =>
        (await first.dataSource.query<unknown[]>('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [pid]))
          .length === 0,
      2_000,
      'the listener connection to close',
    );
  });
});
