import request from 'supertest';
import { DataSource } from 'typeorm';
import { PriceProductFacade } from '#zed-facades/price-product';
import { ProductFacade } from '#zed-facades/product';
import { StockFacade } from '#zed-facades/stock';
import { StorageChangeListener } from '#zed-facades/storage-cache';
import { JSON_API, startBackend, startStorefront, type RunningApplication } from '../support/applications.js';
import { countQueries } from '../support/query-counter.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * docs/architecture.md, "The read model cache": a change committed by one process is served by every
 * storefront process within the notification's delivery, and at worst twice the heartbeat when a
 * listener loses its connection. Here with a heartbeat of 500 ms, so the bound asserted is 1 s.
 */
const HEARTBEAT_MS = 500;
const BOUND_MS = 2 * HEARTBEAT_MS;
const SKU = '001';
const CONCRETE_SKU = '001_48660485';

describe('the read model cache: two storefront processes after a catalog write', () => {
  let database: TestDatabase;
  let storefronts: RunningApplication[] = [];
  let backend: RunningApplication;

  const get = (storefront: RunningApplication, path: string) =>
    request(storefront.http).get(path).set('Accept', JSON_API).expect(200);
  const defaultGross = async (storefront: RunningApplication) => {
    const response = await get(storefront, `/abstract-products/${SKU}/abstract-product-prices`);
    return response.body.data[0].attributes.prices.find(
      (price: { priceTypeName: string }) => price.priceTypeName === 'DEFAULT',
    )?.grossAmount as number;
  };
  const quantity = async (storefront: RunningApplication) => {
    const path = `/concrete-products/${CONCRETE_SKU}/concrete-product-availabilities`;
    return Number((await get(storefront, path)).body.data[0].attributes.quantity);
  };
  const name = async (storefront: RunningApplication) =>
    (await get(storefront, `/abstract-products/${SKU}`)).body.data.attributes.name as string;

  /** Polls both storefronts until each serves `expected`; the time it took, or a failure past the bound. */
  async function servedByBoth<T>(read: (storefront: RunningApplication) => Promise<T>, expected: T) {
    const started = performance.now();
    for (;;) {
      const served = await Promise.all(storefronts.map(read));
      if (served.every((value) => value === expected)) return performance.now() - started;
      if (performance.now() - started > BOUND_MS) {
        throw new Error(
          `served ${JSON.stringify(served)} ${BOUND_MS} ms after the write, not ${String(expected)}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /** Reads twice in each storefront, so that each holds the documents in its cache. */
  async function warm<T>(read: (storefront: RunningApplication) => Promise<T>): Promise<T> {
    for (const storefront of storefronts) await read(storefront);
    const [value] = await Promise.all(storefronts.map(read));
    return value as T;
  }

  const setPrice = (grossAmount: number) =>
    backend.app.get(PriceProductFacade).setAbstractPrice({
      sku: SKU,
      storeName: 'DE',
      currencyCode: 'EUR',
      priceTypeName: 'DEFAULT',
      grossAmount,
      netAmount: Math.round(grossAmount / 1.19),
    });

  beforeAll(async () => {
    database = await createTestDatabase();
    const storageCache = { heartbeatMs: HEARTBEAT_MS };
    storefronts = [
      await startStorefront(database.url, { storageCache }),
      await startStorefront(database.url, { storageCache }),
    ];
    // The writer: a process without a storage cache of its own (the back office).
    backend = await startBackend(database.url);
  });

  afterAll(async () => {
    for (const storefront of storefronts) await storefront.app.close();
    await backend?.app.close();
    await database?.drop();
  });

  it('runs each storefront with a cache and a LISTEN connection of its own', () => {
    const pids = storefronts.map((storefront) => storefront.app.get(StorageChangeListener).backendPid);
    expect(pids.every((pid) => typeof pid === 'number')).toBe(true);
    expect(new Set(pids).size).toBe(2);
    expect(storefronts.every((storefront) => storefront.app.get(StorageChangeListener).isListening)).toBe(
      true,
    );
  });

  it('serves a product page from memory once read: a repeated request sends no statement', async () => {
    const [first] = storefronts as [RunningApplication];
    const counter = countQueries(first.app.get(DataSource));
    const path = `/concrete-products/${CONCRETE_SKU}?include=concrete-product-prices,concrete-product-availabilities`;
    const [, cold] = await counter.count(() => get(first, path));
    const [, warm] = await counter.count(() => get(first, path));
    expect(cold).toBeGreaterThan(0);
    expect(warm).toBe(0);
  });

  it('serves a price change made through the price facade from both processes within the bound', async () => {
    const before = await warm(defaultGross);
    await setPrice(before + 100);
    expect(await servedByBoth(defaultGross, before + 100)).toBeLessThan(BOUND_MS);
  });

  it('serves a stock change made through the stock facade from both processes within the bound', async () => {
    const before = await warm(quantity);
    await backend.app.get(StockFacade).setStock({
      concreteSku: CONCRETE_SKU,
      warehouseName: 'Warehouse1',
      quantity: 9_000,
    });
    // 70 in Warehouse1 and none elsewhere before.
    expect(before).toBe(70);
    expect(await servedByBoth(quantity, 9_000)).toBeLessThan(BOUND_MS);
  });

  it('serves a name change made through the product facade from both processes within the bound', async () => {
    await warm(name);
    await backend.app.get(ProductFacade).updateProduct(SKU, {
      localizedAttributes: [
        { locale: 'de_DE', name: 'Umbenannt' },
        { locale: 'en_US', name: 'Umbenannt' },
      ],
    });
    expect(await servedByBoth(name, 'Umbenannt')).toBeLessThan(BOUND_MS);
  });

  it('keeps a search result until the catalog changes: a repeat sends no statement, a price change shows in both', async () => {
    const searchedPrice = async (storefront: RunningApplication) => {
      const response = await get(storefront, '/catalog-search?q=Umbenannt&currency=EUR&priceMode=GROSS_MODE');
      const found = (
        response.body.data[0].attributes.abstractProducts as { abstractSku: string; price: number }[]
      ).find((product) => product.abstractSku === SKU);
      return found?.price ?? null;
    };
    const [first] = storefronts as [RunningApplication];
    const before = await warm(searchedPrice);
    expect(typeof before).toBe('number');
    const counter = countQueries(first.app.get(DataSource));
    const [, repeated] = await counter.count(() => searchedPrice(first));
    expect(repeated).toBe(0);
    await setPrice((before as number) + 400);
    expect(await servedByBoth(searchedPrice, (before as number) + 400)).toBeLessThan(BOUND_MS);
  });

  it('never serves a stale price after a listener drops: bypasses its cache, then listens again', async () => {
    const before = await warm(defaultGross);
    const [, second] = storefronts as [RunningApplication, RunningApplication];
    const listener = second.app.get(StorageChangeListener);
    const pid = listener.backendPid;
    await backend.app.get(DataSource).query('SELECT pg_terminate_backend($1)', [pid]);
    await setPrice(before + 200);
    expect(await servedByBoth(defaultGross, before + 200)).toBeLessThan(BOUND_MS);
    const deadline = Date.now() + 5_000;
    while (!listener.isListening && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(listener.isListening).toBe(true);
    expect(listener.backendPid).not.toBe(pid);
    // And invalidation works on the new connection.
    await warm(defaultGross);
    await setPrice(before + 300);
    expect(await servedByBoth(defaultGross, before + 300)).toBeLessThan(BOUND_MS);
  });
});
