import { GlueHttpException } from '../errors/glue-http.exception.js';
import { parseQuery } from './query.parser.js';

const collection = { sort: ['name', 'sku'], filters: ['sku'], page: { defaultLimit: 10, maxLimit: 50 } };

function parameterOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof GlueHttpException) return error.errors[0]?.source?.parameter;
    throw error;
  }
  throw new Error('expected a GlueHttpException');
}

describe('parseQuery', () => {
  it('reads pagination with defaults, sort, filters, fields and include', () => {
    const parsed = parseQuery(
      {
        'page[offset]': '20',
        sort: '-name,sku',
        'filter[items.sku]': 'a',
        'fields[items]': 'name,sku',
        include: 'x,y.z',
      },
      'items',
      collection,
    );
    expect(parsed).toEqual({
      pagination: { offset: 20, limit: 10 },
      sortings: [
        { field: 'name', direction: 'desc' },
        { field: 'sku', direction: 'asc' },
      ],
      filters: [{ resource: 'items', field: 'sku', value: 'a' }],
      fields: { items: ['name', 'sku'] },
      include: ['x', 'y.z'],
    });
  });

  it("caps the collection's default and maximum page size at the application's ceiling", () => {
    expect(parseQuery({}, 'items', collection, 4).pagination).toEqual({ offset: 0, limit: 4 });
    expect(parseQuery({}, 'items', collection, 40).pagination).toEqual({ offset: 0, limit: 10 });
    expect(parameterOf(() => parseQuery({ 'page[limit]': '5' }, 'items', collection, 4))).toBe('page[limit]');
  });

  it('leaves parameters outside the JSON:API families alone', () => {
    expect(parseQuery({ currency: 'EUR', priceMode: 'GROSS_MODE' }, 'items', undefined).filters).toEqual([]);
  });

  it.each([
    [{ 'page[limit]': '51' }, 'page[limit]'],
    [{ 'page[limit]': '0' }, 'page[limit]'],
    [{ 'page[offset]': '1.5' }, 'page[offset]'],
    [{ 'page[cursor]': 'x' }, 'page[cursor]'],
    [{ sort: 'price' }, 'sort'],
    [{ sort: 'name,-name' }, 'sort'],
    [{ sort: 'name,' }, 'sort'],
    [{ 'filter[price]': '1' }, 'filter[price]'],
    [{ 'filter[other.sku]': '1' }, 'filter[other.sku]'],
    [{ filter: 'x' }, 'filter'],
    [{ 'fields[Bad Type]': 'x' }, 'fields[Bad Type]'],
    [{ include: 'a,,b' }, 'include'],
    [{ sort: ['name', 'sku'] }, 'sort'],
  ])('refuses %p with 400 naming %p', (query, parameter) => {
    expect(parameterOf(() => parseQuery(query, 'items', collection))).toBe(parameter);
  });

  it('refuses sort and page on a route that is not a collection', () => {
    expect(parameterOf(() => parseQuery({ sort: 'name' }, 'items', undefined))).toBe('sort');
    expect(parameterOf(() => parseQuery({ 'page[limit]': '1' }, 'items', undefined))).toBe('page[limit]');
  });
});
