import request from 'supertest';
import { RouteTable, type GlueRoute } from '#glue-core';
import { JSON_API, startBackend, startStorefront, type RunningApplication } from '../support/applications.js';
import { backendToken, bearer, storefrontToken } from '../support/auth.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/** One request of the table: which part of it carries text PostgreSQL cannot store. */
interface Case {
  readonly name: string;
  readonly path: string;
  readonly body?: { readonly contentType: string; readonly text: string };
}

const NUL = 'a\u0000b';
const LONE_SURROGATE = 'a\ud800b';

/**
 * Every case for one route: a NUL (`%00`) and invalid UTF-8 (`%C0`) in each path parameter and in a
 * query parameter; for a route that takes a body, a NUL and a lone surrogate in a body string (in
 * every attribute the resource declares, or in the OAuth token request's username).
 */
function casesOf(route: GlueRoute): Case[] {
  const parameters = route.path.split('/').filter((segment) => segment.startsWith(':'));
  const pathWith = (parameter: string | null, value: string) =>
    route.path
      .split('/')
      .map((segment) => (!segment.startsWith(':') ? segment : segment === parameter ? value : 'x'))
      .join('/');
  const plain = pathWith(null, 'x');
  const cases: Case[] = [
    ...parameters.flatMap((parameter) => [
      { name: `NUL in path parameter ${parameter}`, path: pathWith(parameter, 'x%00y') },
      { name: `invalid UTF-8 in path parameter ${parameter}`, path: pathWith(parameter, 'x%C0y') },
    ]),
    { name: 'NUL in a query parameter', path: `${plain}?q=a%00b` },
    { name: 'invalid UTF-8 in a query parameter', path: `${plain}?q=%E0%A4%A` },
    { name: 'NUL in a query parameter name', path: `${plain}?a%00b=1` },
  ];
  if (!['POST', 'PATCH', 'PUT'].includes(route.method)) return cases;
  for (const [label, text] of [
    ['NUL', NUL],
    ['a lone surrogate', LONE_SURROGATE],
  ] as const) {
    cases.push({ name: `${label} in a JSON body string`, path: plain, body: jsonBody(route, text) });
  }
  if (route.resource?.conventions.includes('oauth')) {
    cases.push({
      name: 'NUL in a form body value',
      path: plain,
      body: {
        contentType: 'application/x-www-form-urlencoded',
        text: 'grant_type=password&username=a%00b&password=x',
      },
    });
  }
  return cases;
}

/** A body the route would read: a JSON:API document with every declared attribute set to `text`. */
function jsonBody(route: GlueRoute, text: string): NonNullable<Case['body']> {
  const resource = route.resource;
  if (!resource?.conventions.includes('json-api')) {
    return {
      contentType: 'application/json',
      text: JSON.stringify({ grant_type: 'password', username: text, password: 'x' }),
    };
  }
  const names = Object.keys(
    (resource.attributes?.properties as Record<string, unknown> | undefined) ?? { name: null },
  );
  const attributes = Object.fromEntries(names.map((name) => [name, text]));
  const id = route.method === 'POST' ? {} : { id: 'x' };
  return {
    contentType: JSON_API,
    text: JSON.stringify({ data: { type: resource.type, ...id, attributes } }),
  };
}

/** The error code a response carries: JSON:API and plain JSON errors name it; RFC 6749 errors only describe it. */
function codeOf(body: unknown): string | undefined {
  const document = body as {
    errors?: { code?: unknown }[];
    error?: unknown;
    error_description?: unknown;
  };
  if (Array.isArray(document.errors)) return String(document.errors[0]?.code);
  // POST /token speaks RFC 6749: `invalid_request` with glue-core's detail.
  if (
    document.error === 'invalid_request' &&
    /contains (a NUL character|a lone UTF-16 surrogate|percent-encoding that is not UTF-8)/.test(
      String(document.error_description),
    )
  ) {
    return '4006';
  }
  return undefined;
}

describe('text PostgreSQL cannot store: every declared route of both applications', () => {
  let database: TestDatabase;
  const applications: { name: string; running: RunningApplication; token: string }[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    const storefront = await startStorefront(database.url, { logErrors: false });
    const backend = await startBackend(database.url);
    applications.push(
      { name: 'storefront', running: storefront, token: await storefrontToken(storefront.http) },
      { name: 'backend', running: backend, token: await backendToken(backend.http) },
    );
  });
  afterAll(async () => {
    for (const application of applications) await application.running.app.close();
    await database?.drop();
  });

  it('answers 400 with code 4006 on every route, for a NUL or bad UTF-8 in the path, query or body', async () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const { name, running, token } of applications) {
      const routes = running.app.get(RouteTable).routes;
      // A route added later is in this list without a new test; the list must not be empty.
      expect(routes.length).toBeGreaterThan(10);
      for (const route of routes) {
        const accept = route.resource?.conventions.includes('json-api') ? JSON_API : 'application/json';
        for (const testCase of casesOf(route)) {
          const method = route.method === 'ALL' ? 'get' : (route.method.toLowerCase() as 'get');
          let call = request(running.http)[method](testCase.path).set('Accept', accept);
          // Protected routes get a valid token, so that the unfixed pipeline reaches the resource.
          if (!route.access.public) call = call.set('Authorization', bearer(token));
          if (testCase.body)
            call = call.set('Content-Type', testCase.body.contentType).send(testCase.body.text);
          const response = await call;
          checked += 1;
          const code = codeOf(response.body);
          if (response.status !== 400 || code !== '4006') {
            wrong.push(`${name} ${route.method} ${route.path}, ${testCase.name}: ${response.status} ${code}`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(200);
  });

  it('refuses before the store is looked up and before the token is checked', async () => {
    const [storefront, backend] = applications;
    if (!storefront || !backend) throw new Error('applications not started');
    const unknownStore = await request(storefront.running.http)
      .get('/abstract-products/x%00y')
      .set('Accept', JSON_API)
      .set('Store', 'NOWHERE');
    expect(unknownStore.status).toBe(400);
    expect(unknownStore.body.errors[0]).toMatchObject({ code: '4006' });
    const badToken = await request(backend.running.http)
      .get('/products?filter[sku]=a%00b')
      .set('Accept', JSON_API)
      .set('Authorization', bearer('not-a-token'));
    expect(badToken.status).toBe(400);
    expect(badToken.body.errors[0]).toMatchObject({
      code: '4006',
      source: { parameter: 'filter[sku]' },
      detail: expect.stringContaining('NUL') as unknown,
    });
    expect(badToken.headers['x-request-id']).toBeDefined();
  });

  it('names the body member that holds the text, keys included', async () => {
    const [storefront] = applications;
    if (!storefront) throw new Error('applications not started');
    const post = (text: string) =>
      request(storefront.running.http)
        .post('/customers')
        .set('Accept', JSON_API)
        .set('Content-Type', JSON_API)
        .send(text);
    const value = await post('{"data":{"type":"customers","attributes":{"firstName":"\\ud800x"}}}');
    expect(value.status).toBe(400);
    expect(value.body.errors[0]).toMatchObject({
      code: '4006',
      source: { pointer: '/data/attributes/firstName' },
    });
    const key = await post('{"data":{"type":"customers","attributes":{"first\\u0000Name":"x"}}}');
    expect(key.status).toBe(400);
    expect(key.body.errors[0]).toMatchObject({ code: '4006', source: { pointer: '/data/attributes' } });
    // A paired surrogate (an emoji written as an escape) is text like any other.
    const emoji = await post(
      JSON.stringify({ data: { type: 'customers', attributes: { firstName: '\ud83d\ude00' } } }).replace(
        '\ud83d\ude00',
        '\\ud83d\\ude00',
      ),
    );
    expect(emoji.status).not.toBe(400);
  });
});
