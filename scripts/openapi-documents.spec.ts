import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { compileErrors, validate } from '@readme/openapi-parser';
import type { OpenApiDocument, OpenApiOperation, OpenApiParameter } from '#glue-core';
import {
  buildOpenApiDocument,
  OPENAPI_APPLICATIONS,
  serialiseOpenApiDocument,
  type OpenApiApplication,
} from './openapi-documents.js';

const documents = new Map<OpenApiApplication, OpenApiDocument>();

function documentOf(application: OpenApiApplication): OpenApiDocument {
  const document = documents.get(application);
  if (!document) throw new Error(`${application} was not built`);
  return document;
}

function operation(application: OpenApiApplication, path: string, method: string): OpenApiOperation {
  const found = documentOf(application).paths[path]?.[method];
  if (!found) throw new Error(`${application} has no ${method} ${path}`);
  return found;
}

function parameter(found: OpenApiOperation, name: string): OpenApiParameter | undefined {
  return found.parameters?.find(
    (candidate): candidate is OpenApiParameter => 'name' in candidate && candidate.name === name,
  );
}

describe('the OpenAPI documents of the storefront and the backend (npm run openapi)', () => {
  beforeAll(async () => {
    // Booted as main.ts composes them, but without a database: nothing needs to be running.
    for (const application of OPENAPI_APPLICATIONS) {
      documents.set(application, await buildOpenApiDocument(application));
    }
  }, 60_000);

  it.each(OPENAPI_APPLICATIONS)(
    '%s: is a valid OpenAPI 3.1 document (@readme/openapi-parser)',
    async (name) => {
      const result = await validate(
        structuredClone(documentOf(name)) as unknown as Parameters<typeof validate>[0],
      );
      if (!result.valid) throw new Error(compileErrors(result));
      expect(result.warnings).toEqual([]);
      expect(documentOf(name).openapi).toBe('3.1.1');
    },
  );

  it.each(OPENAPI_APPLICATIONS)(
    '%s: is committed in docs/openapi/ as the application serves it today',
    async (name) => {
      const committed = await readFile(path.resolve('docs', 'openapi', `${name}.json`), 'utf8');
      // When this fails, run `npm run openapi` and commit the result.
      expect(committed).toBe(serialiseOpenApiDocument(documentOf(name)));
    },
  );

  it.each(OPENAPI_APPLICATIONS)('%s: sums up every operation in a sentence, not in type names', (name) => {
    const document = documentOf(name);
    const operations = Object.values(document.paths).flatMap((item) => Object.values(item));
    const types = new Set(operations.flatMap((each) => each.tags));
    expect(operations.length).toBeGreaterThan(10);
    for (const each of operations) {
      const summary = each.summary;
      // A verb, then words: "List the prices of an abstract product", "Get a product by SKU".
      expect({ operation: each.operationId, summary }).toEqual({
        operation: each.operationId,
        summary: expect.stringMatching(/^[A-Z][a-z]+ [a-z]/) as string,
      });
      for (const type of types) {
        if (type.includes('-'))
          expect({ summary, type: summary.includes(type) }).toEqual({ summary, type: false });
      }
    }
    expect(operation(name, '/token', 'post').summary).toBe(
      'Get an access token with a password or a refresh token (OAuth 2.0)',
    );
  });

  it('names each application and leaves its own /docs routes out', () => {
    expect(documentOf('storefront').info.title).toBe('Storefront API');
    expect(documentOf('backend').info.title).toBe('Backend API');
    for (const application of OPENAPI_APPLICATIONS) {
      expect(Object.keys(documentOf(application).paths).filter((path) => path.startsWith('/docs'))).toEqual(
        [],
      );
    }
    // A path of one application is not in the other's document.
    expect(documentOf('storefront').paths['/users']).toBeUndefined();
    expect(documentOf('backend').paths['/abstract-products']).toBeUndefined();
  });

  it('describes a collection read: JSON:API and plain JSON bodies, sort, filters, page bounds, include', () => {
    const list = operation('storefront', '/abstract-products', 'get');
    // A public collection is tagged and may be revalidated (304), as a single resource is.
    // 404: the storefront is in Glue compatibility mode, where an unknown `Store` header is 404 (`601`).
    expect(Object.keys(list.responses)).toEqual(['200', '304', '400', '404', '406', '500', '503']);
    expect(list.responses['503']?.headers).toHaveProperty('Retry-After');
    expect(Object.keys(list.responses['200']?.headers ?? {})).toEqual(
      expect.arrayContaining(['ETag', 'Cache-Control']),
    );
    expect(
      Object.keys(operation('storefront', '/customers/{customerReference}/addresses', 'get').responses),
    ).not.toContain('304');
    expect(Object.keys(list.responses['200']?.content ?? {})).toEqual([
      'application/vnd.api+json',
      'application/json',
    ]);
    expect(parameter(list, 'sort')?.schema).toEqual({
      type: 'array',
      items: { enum: ['sku', '-sku', 'name', '-name', 'createdAt', '-createdAt'] },
    });
    expect(parameter(list, 'filter[sku]')).toBeDefined();
    expect(parameter(list, 'page[limit]')?.schema).toEqual({
      type: 'integer',
      minimum: 1,
      maximum: 100,
      default: 12,
    });
    expect(parameter(list, 'include')?.description).toMatch(/ abstract-products: [^.]*\bconcrete-products\b/);
    expect(parameter(list, 'fields[concrete-products]')).toBeDefined();
    expect(list.security).toBeUndefined();
  });

  it('describes a JSON:API resource with its declared attributes, relationships and included types', () => {
    const schemas = documentOf('storefront').components.schemas;
    expect(schemas['json-api.abstract-products']).toMatchObject({
      required: ['type', 'id', 'attributes', 'links'],
      properties: {
        type: { const: 'abstract-products' },
        attributes: { type: 'object', properties: { sku: { type: 'string' } } },
        relationships: {
          properties: {
            'concrete-products': {
              properties: {
                data: { type: 'array', items: { properties: { type: { const: 'concrete-products' } } } },
              },
            },
          },
        },
      },
    });
    // Sparse fieldsets may leave out any attribute.
    expect(schemas['json-api.abstract-products']?.['properties']).not.toHaveProperty('attributes.required');
    const body = operation('storefront', '/abstract-products/{sku}', 'get').responses['200']?.content?.[
      'application/vnd.api+json'
    ]?.schema as { properties: Record<string, unknown> };
    // Every type an include path reaches, the primary type too (concrete-products lead back to it).
    expect(body.properties['included']).toEqual({
      type: 'array',
      description: 'The resources `include` asked for, each once.',
      items: {
        oneOf: expect.arrayContaining([
          { $ref: '#/components/schemas/json-api.concrete-products' },
          { $ref: '#/components/schemas/json-api.abstract-products' },
        ]) as unknown[],
      },
    });
    const read = operation('storefront', '/abstract-products/{sku}', 'get');
    expect(Object.keys(read.responses).slice(0, 2)).toEqual(['200', '304']);
    expect(read.responses['200']?.headers).toHaveProperty('ETag');
  });

  it('describes request bodies from the attribute classes, and the statuses a write can answer', () => {
    const create = operation('backend', '/users', 'post');
    expect(Object.keys(create.responses)).toEqual([
      '201',
      '400',
      '401',
      '403',
      '406',
      '409',
      '413',
      '415',
      '422',
      '500',
      '503',
    ]);
    expect(create.responses['201']?.headers).toHaveProperty('Location');
    expect(create.requestBody?.content['application/vnd.api+json']?.schema).toMatchObject({
      properties: {
        data: {
          required: ['type', 'attributes'],
          properties: {
            type: { const: 'users' },
            attributes: { $ref: '#/components/schemas/UserCreateAttributes' },
          },
        },
      },
    });
    expect(documentOf('backend').components.schemas['UserCreateAttributes']).toEqual({
      type: 'object',
      properties: {
        email: { type: 'string', format: 'email', maxLength: 254 },
        password: { type: 'string' },
        firstName: { type: 'string', minLength: 1, maxLength: 100 },
        lastName: { type: 'string', minLength: 1, maxLength: 100 },
        roles: {
          type: 'array',
          minItems: 1,
          maxItems: expect.any(Number) as number,
          uniqueItems: true,
          items: { type: 'string', enum: expect.arrayContaining(['admin']) as string[] },
        },
      },
      required: ['email', 'password', 'firstName', 'lastName', 'roles'],
      additionalProperties: false,
    });
    // Nested attribute classes become their own schemas; `@IsOptional()` members may be null.
    expect(documentOf('backend').components.schemas['LocalizedAttributesInput']).toMatchObject({
      required: ['locale', 'name'],
      properties: {
        description: { anyOf: [{ type: 'string', maxLength: 20_000 }, { type: 'null' }] },
      },
    });
    const update = operation('backend', '/users/{id}', 'patch');
    expect(update.requestBody?.content['application/vnd.api+json']?.schema).toMatchObject({
      properties: { data: { required: ['type', 'attributes', 'id'] } },
    });
  });

  it('secures scoped routes with a bearer token or the password flow of the application’s /token', () => {
    const backend = documentOf('backend');
    expect(backend.components.securitySchemes['bearerAuth']).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    });
    const flows = backend.components.securitySchemes['oauth2']?.['flows'] as {
      password: { tokenUrl: string; scopes: Record<string, string> };
    };
    expect(flows.password.tokenUrl).toBe('/token');
    expect(Object.keys(flows.password.scopes)).toEqual(
      expect.arrayContaining(['users:read', 'users:write', 'products:read', 'audit-logs:read']),
    );
    expect(operation('backend', '/users', 'get').security).toEqual([
      { bearerAuth: [] },
      { oauth2: ['users:read'] },
    ]);
  });

  it('describes the RFC 6749 token endpoint: form or JSON grant in, token or OAuth error out, 429', () => {
    const token = operation('storefront', '/token', 'post');
    expect(Object.keys(token.requestBody?.content ?? {})).toEqual([
      'application/x-www-form-urlencoded',
      'application/json',
    ]);
    expect(Object.keys(token.responses)).toEqual([
      '200',
      '400',
      '404',
      '406',
      '413',
      '415',
      '429',
      '500',
      '503',
    ]);
    expect(token.responses['429']?.headers).toHaveProperty('Retry-After');
    expect(token.responses['400']?.content?.['application/json']?.schema).toEqual({
      $ref: '#/components/schemas/oauth.error',
    });
    expect(token.responses['200']?.content?.['application/json']?.schema).toMatchObject({
      required: expect.arrayContaining(['access_token', 'token_type', 'expires_in']) as string[],
    });
    expect(Object.keys(operation('storefront', '/access-tokens', 'post').responses)).toEqual(
      expect.arrayContaining(['401', '429']),
    );
  });
});
