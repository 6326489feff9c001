import { GlueHttpException, type QueryValue } from '#glue-core';
import { minorUnits, readCatalogSearchQuery } from './catalog-search.query.js';

const read = (queryFields: Record<string, QueryValue>) => readCatalogSearchQuery({ queryFields });

function refusal(queryFields: Record<string, QueryValue>): { status: number; parameter?: string } {
  try {
    read(queryFields);
  } catch (error) {
    if (!(error instanceof GlueHttpException)) throw error;
    const [first] = error.errors;
    return {
      status: error.status,
      ...(first?.source?.parameter !== undefined && { parameter: first.source.parameter }),
    };
  }
  throw new Error('expected a refusal');
}

describe('readCatalogSearchQuery', () => {
  it('reads every Glue parameter into the search', () => {
    expect(
      read({
        q: ' kamera ',
        category: '5',
        'price[min]': '9.99',
        'price[max]': '150',
        'rating[min]': '4',
        brand: 'Sony',
        'label[]': ['NEW', 'SALE %', 'NEW'],
        'color[]': 'Black',
        'storage_capacity[]': ['32 GB', '64 GB'],
        sort: 'price_desc',
        page: '3',
        ipp: '24',
        currency: 'CHF',
        include: 'abstract-products',
      }),
    ).toEqual({
      q: 'kamera',
      categoryNodeId: 5,
      priceMin: '9.99',
      priceMax: '150',
      ratingMin: 4,
      brand: 'Sony',
      labels: ['NEW', 'SALE %'],
      attributeFilters: { color: ['Black'], storage_capacity: ['32 GB', '64 GB'] },
      sort: 'price_desc',
      page: 3,
      itemsPerPage: 24,
    });
  });

  it('defaults to the first page of 12 and browses without q', () => {
    expect(read({ q: '' })).toEqual({ page: 1, itemsPerPage: 12 });
  });

  it('takes a single label or colour as Oryx sends one value', () => {
    expect(read({ label: 'NEW', color: 'Red', weight: '45 g', utm_source: 'mail' })).toMatchObject({
      labels: ['NEW'],
      attributeFilters: { color: ['Red'], weight: ['45 g'] },
    });
    expect(read({ utm_source: 'mail' })).toEqual({ page: 1, itemsPerPage: 12 });
  });

  it("reads JSON:API's page[offset] and page[limit] as Glue does, page and ipp winning", () => {
    expect(read({ 'page[offset]': '48', 'page[limit]': '24' })).toEqual({ page: 3, itemsPerPage: 24 });
    expect(read({ 'page[offset]': '13' })).toEqual({ page: 2, itemsPerPage: 12 });
    expect(read({ page: '2', 'page[offset]': '48', ipp: '36', 'page[limit]': '24' })).toEqual({
      page: 2,
      itemsPerPage: 36,
    });
    expect(refusal({ 'page[offset]': '-1' })).toEqual({ status: 400, parameter: 'page[offset]' });
    expect(refusal({ 'page[limit]': '500' })).toEqual({ status: 400, parameter: 'page[limit]' });
  });

  it('falls back to the default page size for a whole ipp Glue does not offer, as Glue does', () => {
    expect(read({ ipp: '13' }).itemsPerPage).toBe(12);
    expect(read({ ipp: '36' }).itemsPerPage).toBe(36);
  });

  it.each([
    [{ 'price[min]': 'abc' }, 'price[min]'],
    [{ 'price[max]': '1.234' }, 'price[max]'],
    [{ 'price[min]': '-1' }, 'price[min]'],
    [{ ipp: '100000' }, 'ipp'],
    [{ ipp: 'twelve' }, 'ipp'],
    [{ sort: 'drop' }, 'sort'],
    [{ page: '0' }, 'page'],
    [{ page: '1.5' }, 'page'],
    [{ category: 'x' }, 'category'],
    [{ 'rating[min]': '6' }, 'rating[min]'],
    [{ q: ['a', 'b'] }, 'q'],
    [{ q: 'x'.repeat(201) }, 'q'],
    [{ 'label[]': Array.from({ length: 21 }, (_, index) => `l${index}`) }, 'label[]'],
    [{ 'color[]': 'y'.repeat(101) }, 'color[]'],
  ])('refuses %j with 400 naming %s', (query, parameter) => {
    expect(refusal(query)).toEqual({ status: 400, parameter });
  });

  it('bounds the number of attribute filters', () => {
    const query = Object.fromEntries(Array.from({ length: 11 }, (_, index) => [`a${index}[]`, 'x']));
    expect(refusal(query).status).toBe(400);
  });
});

describe('minorUnits', () => {
  it("converts monetary units exactly in the currency's decimals", () => {
    expect(minorUnits('price[min]', '9.99', 2)).toBe(999);
    expect(minorUnits('price[min]', '10', 2)).toBe(1000);
    expect(minorUnits('price[min]', '0.1', 2)).toBe(10);
    expect(minorUnits('price[min]', '1234', 0)).toBe(1234);
    expect(() => minorUnits('price[min]', '1.5', 0)).toThrow(GlueHttpException);
  });
});
