import { jest } from '@jest/globals';
import type { OpenApiDocument } from '#glue-core';
import { OpenApiResponseValidator } from './openapi-response-schema.js';

const ERRORS = { $ref: '#/components/schemas/errors' };

const document = {
  openapi: '3.1.1',
  info: { title: 'Test API', version: '1.0.0' },
  servers: [],
  tags: [],
  paths: {
    '/things/{id}': {
      get: {
        operationId: 'things.get',
        summary: 'Read things',
        tags: ['things'],
        responses: {
          '200': {
            description: 'A thing.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['id', 'size'],
                  properties: {
                    id: { type: 'string' },
                    size: { type: 'integer' },
                    at: { format: 'date-time' },
                  },
                },
              },
            },
          },
          '404': { description: 'Not found.', content: { 'application/json': { schema: ERRORS } } },
        },
      },
    },
    '/things/mine': {
      get: {
        operationId: 'things.mine',
        summary: 'Read my things',
        tags: ['things'],
        responses: {
          '200': { description: 'Mine.', content: { 'application/json': { schema: { type: 'array' } } } },
        },
      },
    },
  },
  components: {
    schemas: {
      errors: {
        type: 'object',
        required: ['errors'],
        properties: { errors: { type: 'array', minItems: 1 } },
      },
    },
    responses: {
      NotFound: { description: 'No such path.', content: { 'application/json': { schema: ERRORS } } },
      MethodNotAllowed: {
        description: 'No such method.',
        content: { 'application/json': { schema: ERRORS } },
      },
    },
    parameters: {},
    securitySchemes: {},
  },
} satisfies OpenApiDocument;

const validator = new OpenApiResponseValidator(document);
const sent = {
  method: 'GET',
  path: '/things/a',
  status: 200,
  contentType: 'application/json; charset=utf-8',
};

describe('OpenApiResponseValidator', () => {
  it('accepts a body its operation describes, matched by method, path template, status and media type', () => {
    expect(validator.check({ ...sent, body: { id: 'a', size: 3, at: '1985-06-30T23:22:11+00:00' } })).toEqual(
      {
        operation: 'GET /things/{id} (things.get) → 200 application/json',
        problems: [],
      },
    );
  });

  it('names the operation and the JSON pointer of each problem', () => {
    expect(validator.check({ ...sent, body: { id: 7, at: 'yesterday' } })).toEqual({
      operation: 'GET /things/{id} (things.get) → 200 application/json',
      problems: [
        'at /: must have required property \'size\' {"missingProperty":"size"} (schema #/paths/~1things~1{id}/get/responses/200/content/application~1json/schema/required)',
        'at /id: must be string {"type":"string"} (schema #/paths/~1things~1{id}/get/responses/200/content/application~1json/schema/properties/id/type)',
        'at /at: must match format "date-time" {"format":"date-time"} (schema #/paths/~1things~1{id}/get/responses/200/content/application~1json/schema/properties/at/format)',
      ],
    });
  });

  it('prefers a literal path over a template, and refuses an undocumented status or media type', () => {
    expect(validator.check({ ...sent, path: '/things/mine', body: [] })?.operation).toBe(
      'GET /things/mine (things.mine) → 200 application/json',
    );
    expect(validator.check({ ...sent, status: 409, body: {} })?.problems).toEqual([
      'status 409 is not documented for the operation',
    ]);
    expect(validator.check({ ...sent, contentType: 'application/hal+json', body: {} })?.problems).toEqual([
      'the document describes no application/hal+json body for this response',
    ]);
  });

  it('checks routing misses against the shared responses, and leaves undocumented routes alone', () => {
    expect(validator.check({ ...sent, path: '/nothing', status: 404, body: { errors: [] } })).toEqual({
      operation: 'GET /nothing (routing miss, components.responses.NotFound) → 404 application/json',
      problems: [
        'at /errors: must NOT have fewer than 1 items {"limit":1} (schema #/components/responses/NotFound/content/application~1json/schema/properties/errors/minItems)',
      ],
    });
    expect(validator.check({ ...sent, method: 'PUT', status: 405, body: { errors: [{}] } })?.operation).toBe(
      'PUT /things/a (routing miss, components.responses.MethodNotAllowed) → 405 application/json',
    );
    expect(validator.check({ ...sent, path: '/docs/openapi.json', body: {} })).toBeNull();
  });

  it('checks every format the documents use, and refuses one it does not know instead of logging it', () => {
    const withFormat = (format: string) =>
      new OpenApiResponseValidator({
        ...document,
        paths: {
          '/things/{id}': {
            get: {
              ...document.paths['/things/{id}'].get,
              responses: {
                '200': {
                  description: 'A thing.',
                  content: { 'application/json': { schema: { type: 'string', format } } },
                },
              },
            },
          },
        },
      });
    const warn = jest.spyOn(console, 'warn');
    try {
      expect(withFormat('date').check({ ...sent, body: '1985-06-30' })?.problems).toEqual([]);
      expect(withFormat('date').check({ ...sent, body: '1985-02-30' })?.problems).toHaveLength(1);
      expect(() => withFormat('made-up').check({ ...sent, body: 'x' })).toThrow(
        'Ajv: unknown format "made-up" ignored in schema at path',
      );
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });
});
