import { DEFAULT_REQUEST_LIMITS } from '../limits/request-limits.js';
import { checkRequestTarget } from './request-bounds.js';

const check = (url: string, limits = DEFAULT_REQUEST_LIMITS) => checkRequestTarget(url, limits);

describe('checkRequestTarget (step bounds: the request line)', () => {
  it('passes ordinary requests', () => {
    expect(check('/concrete-products/001_48660485')).toBeNull();
    expect(
      check(
        '/abstract-products?page%5Blimit%5D=100&include=concrete-products,category-nodes&filter[sku]=a+b',
      ),
    ).toBeNull();
    expect(check('/stores/%C3%A9t%C3%A9?q=%E2%82%AC&&flag')).toBeNull();
  });

  it.each([
    ['/stores/x%00y', 'The path segment "x%00y" contains a NUL character'],
    ['/stores/%C0', 'The path segment "%C0" contains percent-encoding that is not UTF-8'],
    ['/stores/%ED%A0%80', 'The path segment "%ED%A0%80" contains percent-encoding that is not UTF-8'],
  ])('refuses text PostgreSQL cannot store in the path: %s', (url, detail) => {
    expect(check(url)).toMatchObject({ status: 400, code: '4006', detail: expect.stringContaining(detail) });
  });

  it.each([
    ['/x?q=a%00b', 'q'],
    ['/x?filter%5Bsku%5D=%E0%A4%A', 'filter[sku]'],
    ['/x?a=1&include=%00', 'include'],
  ])('refuses text PostgreSQL cannot store in a query value: %s', (url, parameter) => {
    expect(check(url)).toMatchObject({ code: '4006', source: { parameter } });
  });

  it('refuses it in a query name, quoting the name as sent', () => {
    expect(check('/x?a%00b=1')).toMatchObject({ code: '4006', source: { parameter: 'a%00b' } });
    expect(check('/x?%C0=1')).toMatchObject({ code: '4006', source: { parameter: '%C0' } });
  });

  it('measures the query string and each name and value as sent', () => {
    const limits = { ...DEFAULT_REQUEST_LIMITS, maxQueryLength: 20, maxParameterLength: 5 };
    expect(check(`/x?${'a=1&'.repeat(5)}`, limits)).toBeNull();
    expect(check(`/x?${'a=1&'.repeat(5)}b`, limits)).toMatchObject({
      code: '4005',
      detail: 'The query string is 21 characters long; the query string length limit is 20.',
    });
    expect(check('/x?q=%20%20', limits)).toMatchObject({ code: '4005', source: { parameter: 'q' } });
    expect(check('/x?abcdef=1', limits)).toMatchObject({ code: '4005', source: { parameter: 'abcdef' } });
  });

  it('checks include depth and path count, also when the name is percent-encoded', () => {
    expect(check('/x?include=a.b.c,d')).toBeNull();
    expect(check('/x?%69nclude=a.b.c.d')).toMatchObject({
      code: '4005',
      source: { parameter: 'include' },
      detail: 'The include path "a.b.c.d" is 4 levels deep; the include depth limit is 3.',
    });
    expect(check(`/x?include=${Array.from({ length: 21 }, () => 'a').join('%2C')}`)).toMatchObject({
      code: '4005',
      detail: 'include names 21 paths; the include path count limit is 20.',
    });
  });

  it('reports the include depth before the parameter length, and quotes at most 100 characters', () => {
    const deep = Array.from({ length: 300 }, () => 'abstract-products').join('.');
    const error = check(`/x?include=${deep}`, { ...DEFAULT_REQUEST_LIMITS, maxQueryLength: 10_000 });
    expect(error?.detail).toMatch(
      /^The include path "[a-z.-]{100}…" is 300 levels deep; the include depth limit is 3\.$/,
    );
  });

  it('puts the application ceiling on page[limit], leaving anything but a number to the collection', () => {
    expect(check('/x?page[limit]=200')).toBeNull();
    expect(check('/x?page%5Blimit%5D=201')).toMatchObject({
      code: '4005',
      source: { parameter: 'page[limit]' },
      detail: 'page[limit] is 201; the page size limit is 200.',
    });
    expect(check('/x?page[limit]=abc')).toBeNull();
  });
});
