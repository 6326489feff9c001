import { expect as globalsExpect } from '@jest/globals';

import { expectValidJsonApiDocument, jsonApiDocumentErrors } from './json-api-schema.js';

const product = {
  type: 'abstract-products',
  id: '001',
  attributes: { sku: '001', name: 'Canon IXUS 160' },
  links: { self: '/abstract-products/001' },
};

describe('JSON:API schema', () => {
  it('accepts a single-resource document', () => {
    expect(() =>
      expectValidJsonApiDocument({ data: product, links: { self: '/abstract-products/001' } }),
    ).not.toThrow();
    expect({ data: product }).toBeValidJsonApiDocument();
  });

  it('rejects a resource whose id is a number', () => {
    const body = { data: { ...product, id: 1 } };
    expect(() => expectValidJsonApiDocument(body)).toThrow(/\/data\/id must be string/);
    expect(body).not.toBeValidJsonApiDocument();
  });

  it('rejects a resource repeated in included or in data, by type and id', () => {
    const concrete = { ...product, type: 'concrete-products', id: '001_1' };
    const repeated = { data: product, included: [concrete, { ...concrete, attributes: {} }] };
    expect(jsonApiDocumentErrors(repeated).map((error) => error.instancePath)).toEqual(['/included/1']);
    expect({ data: [product, product] }).not.toBeValidJsonApiDocument();
    expect({ data: product, included: [concrete, { ...concrete, id: '001_2' }] }).toBeValidJsonApiDocument();
  });

  it('accepts a collection whose pagination links are null', () => {
    const body = {
      data: [product],
      links: {
        self: '/abstract-products?page%5Boffset%5D=0&page%5Blimit%5D=12',
        first: '/abstract-products?page%5Boffset%5D=0&page%5Blimit%5D=12',
        last: '/abstract-products?page%5Boffset%5D=12&page%5Blimit%5D=12',
        prev: null,
        next: '/abstract-products?page%5Boffset%5D=12&page%5Blimit%5D=12',
      },
      meta: { page: { total: 13 } },
    };
    expect(jsonApiDocumentErrors(body)).toEqual([]);
    expect(body).toBeValidJsonApiDocument();
  });

  it('rejects a link that is not an RFC 3986 URI reference: brackets in the query, spaces', () => {
    const links = (self: string) => ({ data: [product], links: { self } });
    expect(jsonApiDocumentErrors(links('/abstract-products?page[offset]=0'))).toContainEqual(
      expect.objectContaining({ instancePath: '/links/self', keyword: 'format' }),
    );
    expect(links('http://shop.example/abstract products')).not.toBeValidJsonApiDocument();
    expect({ data: { ...product, links: { self: '/a|b' } } }).not.toBeValidJsonApiDocument();
    expect(links('https://shop.example/api/abstract-products?page%5Boffset%5D=0')).toBeValidJsonApiDocument();
  });

  it('still rejects null for a link that is not a pagination link', () => {
    expect({ data: [product], links: { self: null } }).not.toBeValidJsonApiDocument();
  });

  it('accepts an error document with a string status', () => {
    expect({
      errors: [{ status: '404', code: '301', detail: 'Abstract product is not found.' }],
    }).toBeValidJsonApiDocument();
  });

  it('rejects an error document whose status is a number', () => {
    const body = { errors: [{ status: 404, code: '301', detail: 'Abstract product is not found.' }] };
    expect(() => expectValidJsonApiDocument(body)).toThrow(/\/errors\/0\/status must be string/);
  });

  it('rejects a document with neither data, errors nor meta', () => {
    expect({ links: { self: '/x' } }).not.toBeValidJsonApiDocument();
  });

  it('registers the matcher for the expect of @jest/globals too', () => {
    globalsExpect({ data: [] }).toBeValidJsonApiDocument();
  });
});
