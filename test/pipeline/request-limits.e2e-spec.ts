import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import type { AdmissionQueue } from '#glue-core';
import { DEFAULT_REQUEST_LIMITS, GLUE_INCLUDE_ADMISSION, GlueRelationshipRegistry } from '#glue-core';
import { JSON_API, startBackend, startStorefront, type RunningApplication } from '../support/applications.js';
import { bearer, DEMO_CUSTOMER_REFERENCE, storefrontToken } from '../support/auth.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

interface ErrorDocument {
  readonly errors: readonly {
    readonly status: string;
    readonly code: string;
    readonly detail: string;
    readonly source?: Record<string, string>;
  }[];
}

/** `abstract-products` → `concrete-products` → `abstract-products` → … , `levels` steps deep. */
function cyclicInclude(levels: number): string {
  return Array.from({ length: levels }, (_, level) =>
    level % 2 === 0 ? 'concrete-products' : 'abstract-products',
  ).join('.');
}

const LISTING_INCLUDE =
  'concrete-products,abstract-product-prices,abstract-product-image-sets,category-nodes';

describe('request limits: bounded work before any facade runs', () => {
  let database: TestDatabase;
  let storefront: RunningApplication;
  /** The storefront with small limits, to test the ones whose defaults are expensive to reach. */
  let small: RunningApplication;
  let backend: RunningApplication;
  let includedAtLimit: number;
  /** Every longest relationship path of `abstract-products` within the default depth: the biggest include allowed. */
  let maximalInclude: string;

  const get = (path: string, app = storefront) => request(app.http).get(path).set('Accept', JSON_API);
  const refusal = (response: request.Response) => (response.body as ErrorDocument).errors[0];

  beforeAll(async () => {
    database = await createTestDatabase();
    storefront = await startStorefront(database.url);
    backend = await startBackend(database.url);
    maximalInclude = storefront.app
      .get(GlueRelationshipRegistry, { strict: false })
      .includePaths('abstract-products', DEFAULT_REQUEST_LIMITS.maxIncludeDepth)
      .join(',');
    const page = await get('/abstract-products?page[limit]=5&include=concrete-products').expect(200);
    includedAtLimit = (page.body as { included: unknown[] }).included.length;
    small = await startStorefront(database.url, {
      limits: { maxIncludedResources: includedAtLimit, maxPageLimit: 50, maxBodyBytes: 4096 },
    });
  });
  afterAll(async () => {
    await storefront?.app.close();
    await small?.app.close();
    await backend?.app.close();
    await database?.drop();
  });

  describe('a cyclic include a few hundred levels deep', () => {
    it('is refused with 400 code 4005 naming the include depth limit, at once', async () => {
      const started = performance.now();
      const response = await get(`/abstract-products?include=${cyclicInclude(200)}`);
      const elapsed = performance.now() - started;
      expect(response.status).toBe(400);
      expect(refusal(response)).toMatchObject({
        status: '400',
        code: '4005',
        source: { parameter: 'include' },
      });
      expect(refusal(response)?.detail).toMatch(/is 200 levels deep; the include depth limit is 3\.$/);
      expect(elapsed).toBeLessThan(2000);
    });

    it('thirty at once leave the server answering an ordinary catalog request with 200', async () => {
      const abusive = Array.from({ length: 30 }, (_, n) =>
        get(`/abstract-products?page[limit]=100&include=${cyclicInclude(200 + n)}`),
      );
      const ordinary = get('/concrete-products/001_48660485');
      const [served, ...refused] = await Promise.all([ordinary, ...abusive]);
      expect(served?.status).toBe(200);
      expect(refused.map((response) => `${response.status} ${refusal(response)?.code}`)).toEqual(
        Array.from({ length: 30 }, () => '400 4005'),
      );
    });
  });

  it('serves a shop listing page: four relationships on a page of 100', async () => {
    const response = await get(`/abstract-products?page[limit]=100&include=${LISTING_INCLUDE}`).expect(200);
    expect((response.body as { data: unknown[] }).data).toHaveLength(100);
  });

  it('serves the biggest include the defaults allow on a full page', async () => {
    expect(maximalInclude.split(',').length).toBeGreaterThanOrEqual(12);
    const response = await get(`/abstract-products?page[limit]=100&include=${maximalInclude}`).expect(200);
    const included = (response.body as { included: unknown[] }).included.length;
    expect(included).toBeGreaterThan(1000);
    expect(included).toBeLessThanOrEqual(DEFAULT_REQUEST_LIMITS.maxIncludedResources);
  });

  describe('include depth (default 3)', () => {
    it('serves a path at the limit and refuses one level more', async () => {
      await get(`/abstract-products/001?include=${cyclicInclude(3)}`).expect(200);
      const response = await get(`/abstract-products/001?include=${cyclicInclude(4)}`).expect(400);
      expect(refusal(response)).toMatchObject({
        code: '4005',
        source: { parameter: 'include' },
        detail: `The include path "${cyclicInclude(4)}" is 4 levels deep; the include depth limit is 3.`,
      });
    });

    it('is checked on the backend too, before the token', async () => {
      const response = await get('/products?include=concrete-products.a.b.c', backend).expect(400);
      expect(refusal(response)).toMatchObject({ code: '4005', source: { parameter: 'include' } });
    });
  });

  it('include paths (default 20): serves 20, refuses 21', async () => {
    const paths = (count: number) => Array.from({ length: count }, () => 'concrete-products').join(',');
    await get(`/abstract-products/001?include=${paths(20)}`).expect(200);
    const response = await get(`/abstract-products/001?include=${paths(21)}`).expect(400);
    expect(refusal(response)).toMatchObject({
      code: '4005',
      source: { parameter: 'include' },
      detail: 'include names 21 paths; the include path count limit is 20.',
    });
  });

  it('included resources: serves exactly the limit, refuses one more while loading', async () => {
    const atLimit = await get('/abstract-products?page[limit]=5&include=concrete-products', small).expect(
      200,
    );
    expect((atLimit.body as { included: unknown[] }).included).toHaveLength(includedAtLimit);
    const over = await get('/abstract-products?page[limit]=6&include=concrete-products', small).expect(400);
    expect(refusal(over)).toMatchObject({
      code: '4005',
      source: { parameter: 'include' },
      detail: `include reaches more than ${includedAtLimit} resources; the included resources limit is ${includedAtLimit}.`,
    });
  });

  describe('page size', () => {
    it('serves the limit and refuses more, on top of the collection maximum', async () => {
      await get('/abstract-products?page[limit]=50', small).expect(200);
      const response = await get('/abstract-products?page[limit]=51', small).expect(400);
      expect(refusal(response)).toMatchObject({
        code: '4005',
        source: { parameter: 'page[limit]' },
        detail: 'page[limit] is 51; the page size limit is 50.',
      });
    });

    it('caps the collection default too, so that every pagination link stays within it', async () => {
      const capped = await startStorefront(database.url, { limits: { maxPageLimit: 10 } });
      try {
        const first = await get('/abstract-products', capped).expect(200);
        const page = first.body as { data: unknown[]; links: { next: string } };
        expect(page.data).toHaveLength(10);
        expect(page.links.next).toContain('page%5Blimit%5D=10');
        const next = new URL(page.links.next);
        await get(`${next.pathname}${next.search}`, capped).expect(200);
      } finally {
        await capped.app.close();
      }
    });

    it('is what the API description says', async () => {
      const document = await request(small.http).get('/docs/openapi.json').expect(200);
      const operation = (
        document.body as {
          paths: Record<string, { get: { parameters: { name?: string; schema?: { maximum?: number } }[] } }>;
        }
      ).paths['/abstract-products']?.get;
      const page = operation?.parameters.find((parameter) => parameter.name === 'page[limit]');
      expect(page?.schema?.maximum).toBe(50);
    });

    it('keeps the default ceiling (200) above every collection maximum', async () => {
      // The collection's own maximum (100) answers first, as before.
      const collection = await get('/abstract-products?page[limit]=101').expect(400);
      expect(refusal(collection)).toMatchObject({ code: '4001', source: { parameter: 'page[limit]' } });
      const ceiling = await get('/abstract-products?page[limit]=201').expect(400);
      expect(refusal(ceiling)).toMatchObject({ code: '4005', source: { parameter: 'page[limit]' } });
    });
  });

  describe('query string and parameters', () => {
    /** A query of exactly `length` characters, in parameters no resource reads. */
    const queryOf = (length: number) => {
      const parameters: string[] = [];
      let remaining = length;
      for (let n = 0; remaining > 0; n += 1) {
        const prefix = `${parameters.length > 0 ? '&' : ''}p${n}=`;
        const value = Math.max(
          0,
          Math.min(DEFAULT_REQUEST_LIMITS.maxParameterLength, remaining - prefix.length),
        );
        parameters.push(`${prefix}${'x'.repeat(value)}`);
        remaining -= prefix.length + value;
      }
      return parameters.join('');
    };

    it('query string (default 4096): serves the limit, refuses one character more', async () => {
      expect(queryOf(4096)).toHaveLength(4096);
      await get(`/stores?${queryOf(4096)}`).expect(200);
      const response = await get(`/stores?${queryOf(4097)}`).expect(400);
      expect(refusal(response)).toMatchObject({
        code: '4005',
        detail: 'The query string is 4097 characters long; the query string length limit is 4096.',
      });
    });

    it('parameter (default 2048, name and value): serves the limit, refuses one more', async () => {
      await get(`/stores?q=${'x'.repeat(2048)}`).expect(200);
      await get(`/stores?${'n'.repeat(2048)}=1`).expect(200);
      const value = await get(`/stores?q=${'x'.repeat(2049)}`).expect(400);
      expect(refusal(value)).toMatchObject({
        code: '4005',
        source: { parameter: 'q' },
        detail: 'The value of q is 2049 characters long; the query parameter length limit is 2048.',
      });
      const name = await get(`/stores?${'n'.repeat(2049)}=1`).expect(400);
      expect(refusal(name)).toMatchObject({ code: '4005' });
      expect(refusal(name)?.detail).toMatch(
        /is 2049 characters long; the query parameter length limit is 2048\.$/,
      );
    });
  });

  describe('JSON bodies', () => {
    let token: string;
    beforeAll(async () => {
      token = await storefrontToken(storefront.http);
    });
    /** PATCH of Sonia's first name: `body` is sent as it is. */
    const patch = (body: string, app = storefront) =>
      request(app.http)
        .patch(`/customers/${DEMO_CUSTOMER_REFERENCE}`)
        .set('Accept', JSON_API)
        .set('Content-Type', JSON_API)
        .set('Authorization', bearer(token))
        .send(body);
    const document = (meta?: unknown) =>
      JSON.stringify({
        data: { type: 'customers', id: DEMO_CUSTOMER_REFERENCE, attributes: { firstName: 'Sonia' } },
        ...(meta !== undefined && { meta }),
      });
    /** Arrays nested `depth` deep: `[[…[]…]]`. */
    const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

    it('size: serves a body of exactly the limit, refuses one byte more with 413', async () => {
      const padded = (bytes: number) => document().padEnd(bytes, ' ');
      await patch(padded(4096), small).expect(200);
      const response = await patch(padded(4097), small).expect(413);
      expect(refusal(response)).toMatchObject({
        code: '413',
        detail: 'The request body is too large; the body size limit is 4096 bytes.',
      });
    });

    it('size: the default is 1 MiB', async () => {
      await patch(document().padEnd(1024 * 1024, ' ')).expect(200);
      await patch(document().padEnd(1024 * 1024 + 1, ' ')).expect(413);
    });

    it('nesting (default 32): serves the limit, refuses one level more naming where', async () => {
      // The document is 2 deep at "meta"; its arrays add the rest.
      const atLimit = document({ n: 'x' }).replace('"x"', nested(30));
      await patch(atLimit).expect(200);
      const over = await patch(document({ n: 'x' }).replace('"x"', nested(31))).expect(400);
      expect(refusal(over)).toMatchObject({
        code: '4005',
        source: { pointer: `/meta/n${'/0'.repeat(30)}` },
      });
      expect(refusal(over)?.detail).toMatch(
        /nests deeper than 32 levels at byte \d+; the body nesting limit is 32\.$/,
      );
    });

    it('nesting: a megabyte of [[[[ is refused at once and the server keeps answering', async () => {
      const started = performance.now();
      const response = await patch('['.repeat(1024 * 1024 - 1)).expect(400);
      expect(performance.now() - started).toBeLessThan(2000);
      expect(refusal(response)).toMatchObject({ code: '4005', source: { pointer: '/0'.repeat(32) } });
      await get('/stores').expect(200);
    });
  });

  describe('requests with an include take turns (maxConcurrentIncludes, maxQueuedIncludes)', () => {
    /** One include request at a time, two waiting: the rest are refused before any facade runs. */
    let queued: RunningApplication;
    const admission = () => queued.app.get<AdmissionQueue>(GLUE_INCLUDE_ADMISSION, { strict: false });
    const listing = () => get(`/abstract-products?page[limit]=100&include=${LISTING_INCLUDE}`, queued);

    beforeAll(async () => {
      queued = await startStorefront(database.url, {
        limits: { maxConcurrentIncludes: 1, maxQueuedIncludes: 2 },
      });
      await queued.app.listen(0, '127.0.0.1');
    });
    afterAll(async () => {
      await queued?.app.close();
    });

    it('serves one at a time, queues two, refuses the rest with 503 and Retry-After, and serves others meanwhile', async () => {
      const includes = Array.from({ length: 8 }, () => listing());
      const ordinary = get('/concrete-products/001_48660485', queued);
      const [served, ...answers] = await Promise.all([ordinary, ...includes]);
      expect(served?.status).toBe(200);
      const statuses = answers.map((response) => response.status);
      expect(statuses.every((status) => status === 200 || status === 503)).toBe(true);
      expect(statuses.filter((status) => status === 200).length).toBeGreaterThanOrEqual(3);
      const busy = answers.filter((response) => response.status === 503);
      expect(busy.length).toBeGreaterThan(0);
      for (const response of busy) {
        expect(response.headers['retry-after']).toBe('1');
        expect(response.headers['cache-control']).toBe('no-store');
        expect(refusal(response)).toMatchObject({
          status: '503',
          code: '503',
          source: { parameter: 'include' },
        });
      }
      expect([admission().activeCount, admission().queuedCount]).toEqual([0, 0]);
      await listing().expect(200);
    });

    /** Polls until the queue reports `counts` ([active, queued]), for at most `ms`. */
    async function until(counts: readonly [number, number], ms = 5_000): Promise<void> {
      const deadline = performance.now() + ms;
      while (performance.now() < deadline) {
        if (admission().activeCount === counts[0] && admission().queuedCount === counts[1]) return;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect([admission().activeCount, admission().queuedCount]).toEqual(counts);
    }

    it('gives the turn of a client that went away while waiting to the next one', async () => {
      const { port } = queued.app.getHttpServer().address() as AddressInfo;
      // The only turn is taken, so both requests below must wait.
      const held = admission().admit();
      if (held.state !== 'admitted') throw new Error(`expected a free turn, got ${held.state}`);
      const abandoned = Array.from({ length: 2 }, () =>
        http.get({
          host: '127.0.0.1',
          port,
          path: `/abstract-products?page[limit]=100&include=${LISTING_INCLUDE}`,
          headers: { Accept: JSON_API },
        }),
      );
      for (const call of abandoned) call.on('error', () => undefined);
      await until([1, 2]);
      for (const call of abandoned) call.destroy();
      await until([1, 0]);
      held.release();
      await until([0, 0]);
      await listing().expect(200);
      expect([admission().activeCount, admission().queuedCount]).toEqual([0, 0]);
    });

    it('gives the turn back once the reply is sent, even to a client that never reads it', async () => {
      // Two turns, room to wait for all: eight pipelined requests for megabyte documents on a
      // socket that is never read. Their replies outgrow the socket buffers, so no response of them
      // ever closes; the turns must come back all the same, or every later include waits forever.
      const stalling = await startStorefront(database.url, {
        limits: { maxConcurrentIncludes: 2, maxQueuedIncludes: 16 },
      });
      await stalling.app.listen(0, '127.0.0.1');
      const turns = stalling.app.get<AdmissionQueue>(GLUE_INCLUDE_ADMISSION, { strict: false });
      const { port } = stalling.app.getHttpServer().address() as AddressInfo;
      const path = `/abstract-products?page[limit]=100&include=${maximalInclude}`;
      const request = `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: ${JSON_API}\r\n\r\n`;
      const stalled = net.connect(port, '127.0.0.1');
      stalled.pause();
      stalled.on('error', () => undefined);
      stalled.write(request.repeat(8));
      try {
        const deadline = performance.now() + 30_000;
        let served = 0;
        while (performance.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          if (turns.activeCount === 0 && turns.queuedCount === 0 && served++ > 2) break;
        }
        expect([turns.activeCount, turns.queuedCount]).toEqual([0, 0]);
        await get(path, stalling).expect(200);
      } finally {
        stalled.destroy();
        await stalling.app.close();
      }
    }, 60_000);
  });
});
