import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import request from 'supertest';
import { storageKeys } from '#zed-facades/catalog-storage';
import { PriceProductFacade } from '#zed-facades/price-product';
import { JSON_API, startBackend, startStorefront, type RunningApplication } from '../support/applications.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/** As read-model-cache.e2e-spec.ts: a heartbeat of 500 ms, so the bound asserted is 1 s. */
const HEARTBEAT_MS = 500;
const BOUND_MS = 2 * HEARTBEAT_MS;
const SKU = '001';
const PRICE_KEY = storageKeys.abstractPrices('DE', SKU);

/**
 * A second operating-system process with the storage cache and its listener, built from the same
 * sources (the e2e global setup transpiles libs/ into .data/test-build), reading `catalog_storage`
 * through a pool of its own. It answers `{ key }` messages with the document it serves and how many
 * loads it has made.
 */
const CHILD = String.raw`
import pg from 'pg';
const { StorageDocumentCache, StorageChangeListener } = await import(process.env.STORAGE_CACHE_ENTRY);
const url = process.env.STORAGE_DATABASE_URL;
const pool = new pg.Pool({ connectionString: url, max: 2 });
const cache = new StorageDocumentCache({ maxEntries: 1000, maxBytes: 10_000_000, ttlMs: 60_000 });
const listener = new StorageChangeListener(cache, {
  databaseUrl: () => url,
  heartbeatMs: Number(process.env.STORAGE_HEARTBEAT_MS),
  enabled: () => true,
});
let loads = 0;
const load = async (keys) => {
  loads += 1;
  const { rows } = await pool.query(
    'SELECT storage_key, document FROM catalog_storage WHERE storage_key = ANY($1)', [keys]);
  return new Map(rows.map((row) => [row.storage_key, row.document]));
};
await listener.start();
process.on('message', async (message) => {
  if (message === 'stop') {
    await listener.stop();
    await pool.end();
    process.disconnect();
    return;
  }
  const documents = await cache.get([message.key], load);
  process.send({ document: documents.get(message.key) ?? null, loads, listening: listener.isListening });
});
process.send({ ready: listener.isListening });
`;

interface ChildAnswer {
  readonly document: {
    readonly currencies: Record<string, { priceTypeName: string; grossAmount: number }[]>;
  };
  readonly loads: number;
  readonly listening: boolean;
}

function nextMessage<T>(child: ChildProcess): Promise<T> {
  return new Promise((resolve, reject) => {
    child.once('message', (message) => resolve(message as T));
    child.once('exit', (code) => reject(new Error(`the child process exited (${String(code)})`)));
  });
}

describe('the read model cache in a second operating-system process', () => {
  let database: TestDatabase;
  let storefront: RunningApplication;
  let backend: RunningApplication;
  let child: ChildProcess;

  const childRead = async (): Promise<ChildAnswer> => {
    const answer = nextMessage<ChildAnswer>(child);
    child.send({ key: PRICE_KEY });
    return answer;
  };
  const childGross = async () =>
    (await childRead()).document.currencies['EUR']?.find((price) => price.priceTypeName === 'DEFAULT')
      ?.grossAmount;
  const storefrontGross = async () => {
    const response = await request(storefront.http)
      .get(`/abstract-products/${SKU}/abstract-product-prices`)
      .set('Accept', JSON_API)
      .expect(200);
    return response.body.data[0].attributes.prices.find(
      (price: { priceTypeName: string }) => price.priceTypeName === 'DEFAULT',
    )?.grossAmount as number;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    storefront = await startStorefront(database.url, { storageCache: { heartbeatMs: HEARTBEAT_MS } });
    backend = await startBackend(database.url);
    const entry = path.resolve('.data/test-build/libs/zed-facades/src/storage-cache/index.js');
    child = spawn(process.execPath, ['--input-type=module', '-e', CHILD], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env: {
        ...process.env,
        NODE_OPTIONS: '',
        STORAGE_CACHE_ENTRY: pathToFileURL(entry).href,
        STORAGE_DATABASE_URL: database.url,
        STORAGE_HEARTBEAT_MS: String(HEARTBEAT_MS),
      },
    });
    expect(await nextMessage<{ ready: boolean }>(child)).toEqual({ ready: true });
  });

  afterAll(async () => {
    if (child?.connected) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send('stop');
      await exited;
    }
    await storefront?.app.close();
    await backend?.app.close();
    await database?.drop();
  });

  it('serves a price change made by the back office from its own cache within the bound, as the storefront does', async () => {
    const before = await storefrontGross();
    expect(await childGross()).toBe(before);
    // Held in the child's memory now: a second read makes no load.
    const { loads } = await childRead();
    expect((await childRead()).loads).toBe(loads);

    await backend.app.get(PriceProductFacade).setAbstractPrice({
      sku: SKU,
      storeName: 'DE',
      currencyCode: 'EUR',
      priceTypeName: 'DEFAULT',
      grossAmount: before + 500,
      netAmount: Math.round((before + 500) / 1.19),
    });
    const started = performance.now();
    for (;;) {
      const served = [await childGross(), await storefrontGross()];
      if (served.every((gross) => gross === before + 500)) break;
      expect(performance.now() - started).toBeLessThan(BOUND_MS);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect((await childRead()).listening).toBe(true);
  });
});
