import { GlueHttpException } from '../errors/glue-http.exception.js';
import { parseQuery } from './query.parser.js';

const collection = { sort: ['name', 'sku'], filters: ['sku'], page: { defaultLimit: 10, maxLimit: 50 } };

function refusalOf(action: () => unknown): GlueHttpException {
  try {
    action();
  } catch (error) {
    if (error instanceof GlueHttpException) return error;
    throw error;
  }
  throw new Error('expected a GlueHttpException');
}

function parameterOf(action: () => unknown): string | undefined {
  return refusalOf(action).errors[0]?.source?.parameter;
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
    [{ 'page[limit]': '51' }, 'page[limit]', '4001'],
    [{ 'page[limit]': '0' }, 'page[limit]', '4001'],
    [{ 'page[offset]': '1.5' }, 'page[offset]', '4001'],
    [{ 'page[offset]': '-1' }, 'page[offset]', '4001'],
    [{ 'page[cursor]': 'x' }, 'page[cursor]', '4001'],
    [{ page: '2' }, 'page', '4001'],
    [{ sort: 'price' }, 'sort', '4001'],
    [{ sort: 'name,-name' }, 'sort', '4001'],
    [{ sort: 'name,' }, 'sort', '4001'],
    [{ 'filter[price]': '1' }, 'filter[price]', '011'],
    [{ 'filter[other.sku]': '1' }, 'filter[other.sku]', '011'],
    [{ filter: 'x' }, 'filter', '4001'],
    [{ 'fields[Bad Type]': 'x' }, 'fields[Bad Type]', '4001'],
    [{ fields: 'name' }, 'fields', '4001'],
    [{ include: 'a,,b' }, 'include', '4001'],
    [{ include: ['a', 'b'] }, 'include', '4001'],
    [{ sort: ['name', 'sku'] }, 'sort', '4001'],
  ])('refuses %p with 400 naming %p, code %p', (query, parameter, code) => {
    const refusal = refusalOf(() => parseQuery(query, 'items', collection));
    expect(refusal.status).toBe(400);
    expect(refusal.errors).toEqual([
      {
        status: 400,
        code,
        title: 'Bad request',
        detail: expect.any(String) as string,
        source: { parameter },
      },
    ]);
  });

  it('says which filters a route allows, or that it has none', () => {
    expect(refusalOf(() => parseQuery({ 'filter[price]': '1' }, 'items', collection)).errors[0]?.detail).toBe(
      'Filter "price" is not supported. Allowed: sku.',
    );
    expect(refusalOf(() => parseQuery({ 'filter[sku]': '1' }, 'items', undefined)).errors[0]?.detail).toBe(
      'Filter "sku" is not supported. This route has no filters.',
    );
  });

  it('reads an empty fieldset as "no attributes" and an empty sort as the default order', () => {
    const parsed = parseQuery({ 'fields[items]': '', sort: '' }, 'items', collection);
    expect(parsed.fields).toEqual({ items: [] });
    expect(parsed.sortings).toEqual([]);
  });

  it('refuses sort and page on a route that is not a collection', () => {
    expect(parameterOf(() => parseQuery({ sort: 'name' }, 'items', undefined))).toBe('sort');
    expect(parameterOf(() => parseQuery({ 'page[limit]': '1' }, 'items', undefined))).toBe('page[limit]');
  });

  it('skips empty include items in Glue compatibility mode, where include= asks for nothing', () => {
    const glue = (include: string) => parseQuery({ include }, 'items', collection, 10, true).include;
    expect(glue('')).toEqual([]);
    expect(glue('a,,b,')).toEqual(['a', 'b']);
    expect(parameterOf(() => parseQuery({ include: '' }, 'items', collection, 10, false))).toBe('include');
  });

  it("leaves the names a route reads itself to the route, even JSON:API's sort and page", () => {
    const own = new Set(['sort', 'page', 'price[min]']);
    const parsed = parseQuery(
      { sort: 'name_asc', page: '2', 'price[min]': '9.99', include: 'x' },
      'items',
      undefined,
      10,
      true,
      own,
    );
    expect(parsed).toEqual({ pagination: null, sortings: [], filters: [], fields: {}, include: ['x'] });
    expect(parameterOf(() => parseQuery({ page: '2' }, 'items', undefined))).toBe('page');
  });
});
