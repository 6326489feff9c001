import request from 'supertest';
import type { App } from 'supertest/types.js';
import type { OpenApiDocument } from '#glue-core';
import {
  startApplication,
  throwawayDatabase,
  type RunningApplication,
  type TestDatabase,
} from '../support/kit/index.js';
import { PartnerApiModule } from './partner-api.module.js';

describe('the API description every application serves (/docs), here the partner application’s', () => {
  let database: TestDatabase;
  let partner: RunningApplication;
  let http: App;

  beforeAll(async () => {
    database = await throwawayDatabase();
    partner = await startApplication(PartnerApiModule.forRoot({ databaseUrl: database.url }));
    http = partner.http;
  });
  afterAll(async () => {
    await partner?.app.close();
    await database?.drop();
  });

  it('serves its OpenAPI 3.1 document at /docs/openapi.json, without the /docs routes themselves', async () => {
    const response = await request(http).get('/docs/openapi.json').expect(200);
    expect(response.headers['content-type']).toBe('application/json');
    const document = response.body as OpenApiDocument;
    expect(document.openapi).toBe('3.1.1');
    expect(document.info.title).toBe('Partner API');
    expect(Object.keys(document.paths)).toEqual([
      '/partner-offers',
      '/partner-offers/{id}',
      '/partner-offers/{id}/explode',
      '/partner-stores/{name}',
      '/partner-terms/{id}',
    ]);
    expect(Object.keys(document.paths['/partner-offers/{id}'] ?? {})).toEqual(['get', 'patch', 'delete']);
    // Its own convention describes nothing, so its bodies are any JSON; the shipped ones are described.
    expect(document.paths['/partner-offers/{id}']?.['get']?.responses['200']?.content).toEqual({
      'application/hal+json': { schema: {} },
      'application/vnd.api+json': { schema: expect.objectContaining({ type: 'object' }) as object },
      'application/json': { schema: { $ref: '#/components/schemas/none.partner-offers' } },
    });
    // A scoped route in an application without a token endpoint: bearer tokens only.
    expect(document.paths['/partner-offers/{id}']?.['delete']?.security).toEqual([{ bearerAuth: [] }]);
    expect(Object.keys(document.components.securitySchemes)).toEqual(['bearerAuth']);
    expect(document.components.schemas['PartnerOfferAttributes']).toEqual({
      type: 'object',
      properties: {
        title: { type: 'string', minLength: 1, maxLength: 40 },
        priceCents: { type: 'integer', minimum: 0 },
        note: { anyOf: [{ type: 'string' }, { type: 'null' }] },
      },
      required: ['title', 'priceCents'],
      additionalProperties: false,
    });
  });

  it('serves an interactive page that loads everything from the application, under a strict CSP', async () => {
    const page = await request(http).get('/docs').expect(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    const policy = String(page.headers['content-security-policy']);
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("img-src 'self' data:");
    expect(policy).not.toContain('unsafe');
    expect(page.text).toContain('<title>Partner API</title>');
    const references = [...page.text.matchAll(/(?:src|href|data-openapi)="([^"]+)"/g)].map(([, url]) => url);
    expect(references).toEqual([
      '/docs/assets/favicon.svg',
      '/docs/assets/swagger-ui.css',
      '/docs/assets/swagger-ui-bundle.js',
      '/docs/assets/docs.js',
      '/docs/openapi.json',
    ]);
    for (const url of references)
      await request(http)
        .get(url ?? '')
        .expect(200);
  });

  it('serves Swagger UI with the types the browser needs, and no validator badge (it would call swagger.io)', async () => {
    const bundle = await request(http).get('/docs/assets/swagger-ui-bundle.js').expect(200);
    expect(bundle.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(bundle.text).toContain('SwaggerUIBundle');
    const styles = await request(http).get('/docs/assets/swagger-ui.css').expect(200);
    expect(styles.headers['content-type']).toBe('text/css; charset=utf-8');
    const initializer = await request(http).get('/docs/assets/docs.js').expect(200);
    expect(initializer.text).toContain('validatorUrl: null');
  });

  it('gives the page an icon of its own, an SVG the page links and its CSP allows', async () => {
    const page = await request(http).get('/docs').expect(200);
    expect(page.text).toContain('<link rel="icon" type="image/svg+xml" href="/docs/assets/favicon.svg">');
    const icon = await request(http).get('/docs/assets/favicon.svg').expect(200);
    expect(icon.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(icon.headers['cache-control']).toBe('public, max-age=3600');
    const svg = Buffer.isBuffer(icon.body) ? icon.body.toString('utf8') : icon.text;
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 32 32">/);
    expect(svg.trimEnd()).toMatch(/<\/svg>$/);
  });

  it('serves nothing else under /docs/assets', async () => {
    await request(http).get('/docs/assets/package.json').expect(404);
    await request(http).get('/docs/assets/..%2F..%2Fpackage.json').expect(404);
    await request(http).get('/docs/assets/toString').expect(404);
  });
});
