import { GlueHttpException } from '#glue-core';
import { JSON_API_MEDIA_TYPE, JsonApiConvention } from './json-api.convention.js';

const convention = new JsonApiConvention();

describe('JsonApiConvention', () => {
  it('is application/vnd.api+json with includes and no extensions', () => {
    expect(convention.name).toBe('json-api');
    expect(convention.mediaType).toBe(JSON_API_MEDIA_TYPE);
    expect(JSON_API_MEDIA_TYPE).toBe('application/vnd.api+json');
    expect(convention.supportsIncludes).toBe(true);
    expect(convention.extensions).toEqual([]);
  });

  it.each([
    [{}, true],
    [{ ext: 'https://jsonapi.org/ext/atomic' }, true],
    [{ profile: 'https://example.com/p' }, true],
    [{ version: '2.0' }, true],
    [{ ext: 'x', profile: 'y', version: '1.0' }, true],
    [{ charset: 'utf-8' }, false],
    [{ version: '1.0', q: '0.5' }, false],
  ])('accepts media type parameters %p: %p', (parameters, accepted) => {
    expect(convention.acceptsParameters(parameters)).toBe(accepted);
  });

  it('points at attributes under /data/attributes, escaping as RFC 6901 says', () => {
    expect(convention.attributePointer('email')).toBe('/data/attributes/email');
    expect(convention.attributePointer('addresses.0.city')).toBe('/data/attributes/addresses/0/city');
    expect(convention.attributePointer('a/b~c')).toBe('/data/attributes/a~1b~0c');
  });

  it('writes errors with the document self link', () => {
    expect(
      convention.formatErrors(
        [{ status: 400, code: '4001', title: 'Bad request', source: { parameter: 'page[limit]' } }],
        'https://shop.example/stores?page%5Blimit%5D=0',
      ),
    ).toEqual({
      errors: [{ status: '400', code: '4001', title: 'Bad request', source: { parameter: 'page[limit]' } }],
      links: { self: 'https://shop.example/stores?page%5Blimit%5D=0' },
    });
  });

  it('reads a request document as the reader does, refusing a wrong type with 409', () => {
    const target = { type: 'customers', method: 'POST', id: null, glueCompatibility: false };
    expect(convention.readBody({ data: { type: 'customers', attributes: { a: 1 } } }, target)).toEqual({
      attributes: { a: 1 },
      id: null,
    });
    expect(() => convention.readBody({ data: { type: 'addresses' } }, target)).toThrow(GlueHttpException);
  });
});
