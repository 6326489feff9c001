import request from 'supertest';
import type { App } from 'supertest/types.js';
import {
  assertJsonApi,
  assertOpenApi,
  JSON_API,
  startApplication,
  throwawayDatabase,
  type RunningApplication,
  type TestDatabase,
} from '../support/kit/index.js';
import { PartnerApiModule } from './partner-api.module.js';

describe('a third application defined only in test/ (partner API, HAL convention)', () => {
  let database: TestDatabase;
  let partner: RunningApplication;
  let http: App;

  beforeAll(async () => {
    database = await throwawayDatabase();
    // The suite provokes a 500 on purpose; its stack trace belongs in the log, not in the test output.
    partner = await startApplication(PartnerApiModule.forRoot({ databaseUrl: database.url }), {
      logErrors: false,
    });
    http = partner.http;
  });
  afterAll(async () => {
    await partner?.app.close();
    await database?.drop();
  });

  describe('a resource that reads the commerce core', () => {
    it('serves a store from its own database as JSON:API, as its OpenAPI document says', async () => {
      const response = await request(http).get('/partner-stores/DE').set('Accept', JSON_API).expect(200);
      assertJsonApi(response);
      assertOpenApi(partner, response);
      expect(response.body.data).toEqual({
        type: 'partner-stores',
        id: 'DE',
        attributes: { timezone: 'Europe/Berlin', defaultCurrency: 'EUR' },
        links: { self: expect.stringMatching(/\/partner-stores\/DE$/) as string },
      });
    });

    it('answers a store the database does not hold with a documented JSON:API 404', async () => {
      const response = await request(http).get('/partner-stores/XX').set('Accept', JSON_API).expect(404);
      assertJsonApi(response);
      assertOpenApi(partner, response);
      expect(response.body.errors[0]).toMatchObject({ status: '404' });
    });
  });

  describe('content negotiation', () => {
    it('formats the same resource in its own convention, JSON:API and plain JSON, chosen by Accept', async () => {
      const hal = await request(http)
        .get('/partner-offers/offer-1')
        .set('Accept', 'application/hal+json')
        .expect(200);
      expect(hal.headers['content-type']).toBe('application/hal+json');
      expect(hal.body).toMatchObject({
        id: 'offer-1',
        title: 'Offer 1',
        _links: { self: { href: expect.stringMatching(/\/partner-offers\/offer-1$/) } },
      });

      const jsonApi = await request(http).get('/partner-offers/offer-1').set('Accept', JSON_API).expect(200);
      expect(jsonApi.headers['content-type']).toBe(JSON_API);
      assertJsonApi(jsonApi);
      expect(jsonApi.body.data).toMatchObject({
        type: 'partner-offers',
        id: 'offer-1',
        attributes: { title: 'Offer 1', priceCents: 1000 },
      });

      const plain = await request(http)
        .get('/partner-offers/offer-1')
        .set('Accept', 'application/json')
        .expect(200);
      expect(plain.headers['content-type']).toBe('application/json');
      expect(plain.body).toEqual({ id: 'offer-1', title: 'Offer 1', priceCents: 1000 });
      for (const response of [hal, jsonApi, plain]) assertOpenApi(partner, response);
    });

    it('answers 406 with code 010 when Accept is absent', async () => {
      const response = await request(http).get('/partner-offers/offer-1').unset('Accept').expect(406);
      expect(response.body._embedded.errors[0]).toMatchObject({ code: '010', status: 406 });
    });

    it('answers 406 when Accept names only types the resource does not serve', async () => {
      const response = await request(http)
        .get('/partner-offers/offer-1')
        .set('Accept', 'text/html, application/xml;q=0.9')
        .expect(406);
      expect(response.headers['content-type']).toBe('application/hal+json');
    });

    it('honours q-values: the highest q wins', async () => {
      const response = await request(http)
        .get('/partner-offers/offer-1')
        .set('Accept', 'application/hal+json;q=0.2, application/json;q=0.9, application/vnd.api+json;q=0.5')
        .expect(200);
      expect(response.headers['content-type']).toBe('application/json');
    });

    it('gives ties and */* to the resource’s first convention', async () => {
      const tie = await request(http)
        .get('/partner-offers/offer-1')
        .set('Accept', 'application/json, application/hal+json')
        .expect(200);
      expect(tie.headers['content-type']).toBe('application/hal+json');
      const any = await request(http).get('/partner-offers/offer-1').set('Accept', '*/*').expect(200);
      expect(any.headers['content-type']).toBe('application/hal+json');
      const application = await request(http)
        .get('/partner-offers/offer-1')
        .set('Accept', 'text/*;q=1, application/*;q=0.5')
        .expect(200);
      expect(application.headers['content-type']).toBe('application/hal+json');
    });

    it('refuses a JSON:API Accept whose every instance carries a forbidden parameter with 406', async () => {
      await request(http)
        .get('/partner-offers/offer-1')
        .set('Accept', `${JSON_API}; charset=utf-8`)
        .expect(406);
      const ok = await request(http)
        .get('/partner-offers/offer-1')
        .set('Accept', `${JSON_API}; charset=utf-8, ${JSON_API}`)
        .expect(200);
      expect(ok.headers['content-type']).toBe(JSON_API);
    });

    it('answers 415 for a body without Content-Type, of another type, or JSON:API with a forbidden parameter', async () => {
      await request(http)
        .post('/partner-offers')
        .set('Accept', JSON_API)
        .set('Content-Type', 'text/xml')
        .send('<offer/>')
        .expect(415);
      const noType = await request(http)
        .post('/partner-offers')
        .set('Accept', JSON_API)
        .unset('Content-Type')
        .send(Buffer.from('{}'));
      expect(noType.status).toBe(415);
      const response = await request(http)
        .post('/partner-offers')
        .set('Accept', JSON_API)
        .set('Content-Type', `${JSON_API}; charset=utf-8`)
        .send(JSON.stringify({ data: { type: 'partner-offers', attributes: { title: 'x', priceCents: 1 } } }))
        .expect(415);
      expect(response.body.errors[0]).toMatchObject({
        status: '415',
        code: '415',
        source: { header: 'Content-Type' },
      });
    });
  });

  describe('versions', () => {
    it('serves the version named in Accept, the current one by default, and says which', async () => {
      const v1 = await request(http)
        .get('/partner-terms/t')
        .set('Accept', `${JSON_API}; version=1.0`)
        .expect(200);
      expect(v1.headers['content-type']).toBe(`${JSON_API}; version=1.0`);
      expect(v1.body.data.attributes).toEqual({ version: '1.0' });
      const current = await request(http).get('/partner-terms/t').set('Accept', JSON_API).expect(200);
      expect(current.headers['content-type']).toBe(`${JSON_API}; version=2.0`);
      expect(current.body.data.attributes).toEqual({ version: '2.0' });
    });

    it('refuses an unknown version with 406, and any version on an unversioned resource', async () => {
      const unknown = await request(http)
        .get('/partner-terms/t')
        .set('Accept', `${JSON_API}; version=3.0`)
        .expect(406);
      expect(unknown.body.errors[0]).toMatchObject({ status: '406', source: { header: 'Accept' } });
      const unversioned = await request(http)
        .get('/partner-offers/offer-1')
        .set('Accept', `${JSON_API}; version=1.0`)
        .expect(406);
      expect(unversioned.headers['content-type']).toBe(JSON_API);
    });
  });

  describe('routing', () => {
    it('answers an unknown path with 404 and code 007', async () => {
      const response = await request(http).get('/nothing-here').set('Accept', JSON_API).expect(404);
      expect(response.body.errors[0]).toMatchObject({ status: '404', code: '007' });
    });

    it('answers an undeclared method with 405 and Allow', async () => {
      const response = await request(http).put('/partner-offers/offer-1').set('Accept', JSON_API).expect(405);
      expect(response.headers['allow']).toBe('DELETE, GET, HEAD, OPTIONS, PATCH');
      expect(response.body.errors[0]).toMatchObject({ status: '405' });
    });

    it('answers OPTIONS with 204, Allow, and CORS headers for an allowed origin only', async () => {
      const preflight = await request(http)
        .options('/partner-offers')
        .set('Origin', 'https://partner.example')
        .set('Access-Control-Request-Method', 'POST')
        .expect(204);
      expect(preflight.headers['allow']).toBe('GET, HEAD, OPTIONS, POST');
      expect(preflight.headers['access-control-allow-origin']).toBe('https://partner.example');
      expect(preflight.headers['content-type']).toBeUndefined();
      const foreign = await request(http)
        .options('/partner-offers')
        .set('Origin', 'https://evil.example')
        .expect(204);
      expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
    });
  });

  describe('request documents and validation', () => {
    const post = (body: unknown) =>
      request(http)
        .post('/partner-offers')
        .set('Accept', JSON_API)
        .set('Content-Type', JSON_API)
        .send(JSON.stringify(body));

    it('creates with 201, Location and the created resource', async () => {
      const response = await post({
        data: { type: 'partner-offers', attributes: { title: 'New', priceCents: 5 } },
      }).expect(201);
      expect(response.headers['location']).toMatch(/\/partner-offers\/offer-new$/);
      assertJsonApi(response);
      assertOpenApi(partner, response);
      expect(response.body.data).toMatchObject({
        id: 'offer-new',
        attributes: { title: 'New', priceCents: 5 },
      });
    });

    it('answers malformed JSON with 400', async () => {
      const response = await request(http)
        .post('/partner-offers')
        .set('Accept', JSON_API)
        .set('Content-Type', JSON_API)
        .send('{"data": ')
        .expect(400);
      expect(response.body.errors[0]).toMatchObject({ status: '400', code: '4002', source: { pointer: '' } });
    });

    it('answers a data.type mismatch with 409 and a client id with 403', async () => {
      await post({ data: { type: 'carts', attributes: { title: 'x', priceCents: 1 } } }).expect(409);
      const response = await post({
        data: { type: 'partner-offers', id: 'mine', attributes: { title: 'x', priceCents: 1 } },
      }).expect(403);
      expect(response.body.errors[0]).toMatchObject({ code: '4003', source: { pointer: '/data/id' } });
    });

    it('answers invalid and unknown attributes with 422, one error per attribute, with pointers', async () => {
      const response = await post({
        data: { type: 'partner-offers', attributes: { title: '', priceCents: -1, colour: 'red' } },
      }).expect(422);
      const pointers = (response.body.errors as { source: { pointer: string } }[])
        .map((error) => error.source.pointer)
        .sort();
      expect(pointers).toEqual([
        '/data/attributes/colour',
        '/data/attributes/priceCents',
        '/data/attributes/title',
      ]);
      expect(response.body.errors[0].status).toBe('422');
      assertJsonApi(response);
      assertOpenApi(partner, response);
    });

    it('points at plain JSON bodies in plain JSON terms', async () => {
      const response = await request(http)
        .post('/partner-offers')
        .set('Accept', 'application/json')
        .send({ title: 'ok', priceCents: 'free' })
        .expect(422);
      expect(response.body.errors).toEqual([
        expect.objectContaining({ status: 422, source: { pointer: '/priceCents' } }),
      ]);
    });

    it('answers a PATCH whose id differs from the URL with 409', async () => {
      await request(http)
        .patch('/partner-offers/offer-1')
        .set('Accept', JSON_API)
        .set('Content-Type', JSON_API)
        .send(
          JSON.stringify({
            data: { type: 'partner-offers', id: 'offer-2', attributes: { title: 'x', priceCents: 1 } },
          }),
        )
        .expect(409);
    });
  });

  describe('collections', () => {
    it('pages with links and meta.page.total', async () => {
      const response = await request(http)
        .get('/partner-offers?page[offset]=3&page[limit]=3')
        .set('Accept', JSON_API)
        .expect(200);
      expect(response.body.data).toHaveLength(3);
      expect(response.body.meta.page.total).toBe(7);
      expect(response.body.links.prev).toMatch(/page%5Boffset%5D=0&page%5Blimit%5D=3$/);
      expect(response.body.links.next).toMatch(/page%5Boffset%5D=6&page%5Blimit%5D=3$/);
      expect(response.body.links.last).toMatch(/page%5Boffset%5D=6&page%5Blimit%5D=3$/);
      assertJsonApi(response);
      assertOpenApi(partner, response);
    });

    it.each([
      ['page[limit]=6', 'page[limit]'],
      ['page[offset]=-1', 'page[offset]'],
      ['page[size]=2', 'page[size]'],
      ['sort=colour', 'sort'],
      ['filter[colour]=red', 'filter[colour]'],
      ['include=partners', 'include'],
    ])('refuses %s with 400 naming the parameter', async (query, parameter) => {
      const response = await request(http)
        .get(`/partner-offers?${query}`)
        .set('Accept', JSON_API)
        .expect(400);
      expect(response.body.errors[0].source).toEqual({ parameter });
    });

    it('refuses collection parameters on a single resource', async () => {
      const response = await request(http)
        .get('/partner-offers/offer-1?sort=title')
        .set('Accept', JSON_API)
        .expect(400);
      expect(response.body.errors[0]).toMatchObject({ code: '4001', source: { parameter: 'sort' } });
    });
  });

  describe('cross-cutting', () => {
    it('echoes a valid X-Request-Id and makes one otherwise', async () => {
      const echoed = await request(http)
        .get('/partner-offers/offer-1')
        .set('Accept', JSON_API)
        .set('X-Request-Id', 'abc-123');
      expect(echoed.headers['x-request-id']).toBe('abc-123');
      const made = await request(http)
        .get('/partner-offers/offer-1')
        .set('Accept', JSON_API)
        .set('X-Request-Id', 'not a valid id');
      expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('sends security headers on success and on errors', async () => {
      for (const path of ['/partner-offers/offer-1', '/nothing']) {
        const response = await request(http).get(path).set('Accept', JSON_API);
        expect(response.headers['x-content-type-options']).toBe('nosniff');
        expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
        expect(response.headers['referrer-policy']).toBe('no-referrer');
        expect(response.headers['x-powered-by']).toBeUndefined();
      }
    });

    it('answers an unexpected error with a generic 500 naming the request id, no details', async () => {
      const response = await request(http)
        .get('/partner-offers/offer-1/explode')
        .set('Accept', JSON_API)
        .set('X-Request-Id', 'req-500')
        .expect(500);
      expect(response.body.errors[0]).toMatchObject({ status: '500', code: '500' });
      expect(response.body.errors[0].detail).toContain('req-500');
      expect(JSON.stringify(response.body)).not.toMatch(/hunter2|password|at .*\.ts/);
    });

    it('answers 401 with WWW-Authenticate on a protected route without a token', async () => {
      const response = await request(http)
        .delete('/partner-offers/offer-1')
        .set('Accept', JSON_API)
        .expect(401);
      expect(response.headers['www-authenticate']).toBe('Bearer realm="partner"');
      expect(response.body.errors[0]).toMatchObject({ status: '401', code: '002' });
      assertJsonApi(response);
      assertOpenApi(partner, response);
    });
  });
});
