import pg from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { countQueries, type QueryCounter } from '../support/query-counter.js';
import { JSON_API, startBackend, startStorefront, type RunningApplication } from '../support/applications.js';
import { backendToken, bearer } from '../support/auth.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { searchShapeOf, type SearchAttributes } from './catalog-search.shape.js';

interface SearchDocument {
  data: {
    type: string;
    id: string | null;
    attributes: SearchAttributes;
    relationships?: Record<string, { data: { type: string; id: string }[] }>;
  }[];
  included?: { type: string; id: string }[];
  errors?: { status: string; code: string; source?: { parameter?: string } }[];
}

// The hand count: active abstracts with a DEFAULT price in store DE and EUR (what the storefront may
// find), by brand, read from the catalog tables rather than from the search index.
const BRAND_COUNTS_SQL = `
  SELECT pa.attributes->>'brand' AS brand, count(*)::int AS count
  FROM product_abstract pa
  WHERE pa.is_active AND EXISTS (
    SELECT 1 FROM price_product pp JOIN store s ON s.id_store = pp.fk_store JOIN currency c ON c.id_currency = pp.fk_currency
    WHERE pp.fk_product_abstract = pa.id_product_abstract AND s.name = 'DE' AND c.code = 'EUR' AND pp.price_type = 'DEFAULT')
  GROUP BY 1`;

describe('storefront catalog-search (Glue mode)', () => {
  let database: TestDatabase;
  let storefront: RunningApplication;
  let brandCounts: Map<string, number>;
  let found: number;
  let queries: QueryCounter;

  const search = async (query: string, language = 'en-US'): Promise<SearchAttributes> => {
    const response = await request(storefront.http)
      .get(`/catalog-search?${query}`)
      .set('Accept', JSON_API)
      .set('Accept-Language', language)
      .expect(200);
    const body = response.body as SearchDocument;
    expect(body.data).toHaveLength(1);
    return body.data[0]!.attributes;
  };
  const facet = (result: SearchAttributes, name: string) => {
    const value = result.valueFacets.find((each) => each.name === name);
    if (!value) throw new Error(`no ${name} facet`);
    return value;
  };
  const countsOf = (result: SearchAttributes, name: string) =>
    Object.fromEntries(facet(result, name).values.map(({ value, docCount }) => [String(value), docCount]));

  beforeAll(async () => {
    database = await createTestDatabase();
    storefront = await startStorefront(database.url);
    queries = countQueries(storefront.app.get(DataSource));
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const rows = (await client.query<{ brand: string; count: number }>(BRAND_COUNTS_SQL)).rows;
      brandCounts = new Map(rows.map((row) => [row.brand, row.count]));
    } finally {
      await client.end();
    }
    found = [...brandCounts.values()].reduce((sum, count) => sum + count, 0);
  });
  afterAll(async () => {
    await storefront?.app.close();
    await database?.drop();
  });

  it('answers one transient catalog-search resource with every attribute of Glue, typed', async () => {
    const response = await request(storefront.http)
      .get('/catalog-search')
      .set('Accept', JSON_API)
      .expect(200);
    const body = response.body as SearchDocument;
    expect(body.data).toEqual([expect.objectContaining({ type: 'catalog-search', id: null })]);
    const result = body.data[0]!.attributes;
    expect(result).toEqual(searchShapeOf(result));
    expect(result.spellingSuggestion).toBeNull();
    expect(result.sort).toEqual({
      sortParamNames: ['name_asc', 'name_desc', 'price_asc', 'price_desc', 'popularity', 'rating'],
      sortParamLocalizedNames: expect.objectContaining({ name_asc: 'Sort by name ascending' }) as unknown,
      currentSortParam: null,
      currentSortOrder: null,
    });
    expect(result.pagination).toEqual({
      numFound: found,
      currentPage: 1,
      maxPage: Math.ceil(found / 12),
      currentItemsPerPage: 12,
      config: {
        parameterName: 'page',
        itemsPerPageParameterName: 'ipp',
        defaultItemsPerPage: 12,
        validItemsPerPageOptions: [12, 24, 36],
      },
    });
    expect(result.abstractProducts).toHaveLength(12);
    expect(result.valueFacets.map((each) => each.name)).toEqual(
      expect.arrayContaining(['category', 'label', 'brand', 'color']),
    );
    expect(result.rangeFacets.map((each) => each.name)).toEqual(['price', 'rating']);
    expect(result.categoryTreeFilter.length).toBeGreaterThan(0);
  });

  it('counts each brand as the catalog tables do, and filters to it', async () => {
    const result = await search('');
    expect(countsOf(result, 'brand')).toEqual(Object.fromEntries(brandCounts));
    expect(facet(result, 'brand').docCount).toBe(found);
    const [brand, count] = [...brandCounts].sort(([a], [b]) => a.localeCompare(b))[0]!;
    const filtered = await search(`brand=${brand}`);
    expect(filtered.pagination.numFound).toBe(count);
    expect(facet(filtered, 'brand').activeValue).toBe(brand);
  });

  it("combines filters; a facet's counts apply every filter but its own", async () => {
    const [brand] = [...brandCounts.keys()].sort();
    const byBrand = await search(`brand=${brand}`);
    // Own facet: the brand filter does not narrow the brand facet.
    expect(countsOf(byBrand, 'brand')).toEqual(Object.fromEntries(brandCounts));
    const colors = facet(byBrand, 'color').values;
    expect(colors.length).toBeGreaterThan(0);
    const { value: color, docCount } = colors[0]!;
    const both = await search(`brand=${brand}&color[]=${encodeURIComponent(String(color))}`);
    expect(both.pagination.numFound).toBe(docCount);
    expect(countsOf(both, 'brand')[brand!]).toBe(docCount);
    expect(facet(both, 'color').activeValue).toEqual([color]);
    // The colour facet under both filters is the one under the brand alone (its own filter excluded).
    expect(countsOf(both, 'color')).toEqual(countsOf(byBrand, 'color'));
    const byColor = await search(`color=${encodeURIComponent(String(color))}`);
    expect(countsOf(byColor, 'brand')[brand!]).toBe(docCount);
  });

  it('filters by price in monetary units of the currency, and by category', async () => {
    const all = await search('sort=price_asc&ipp=36');
    const cheapest = all.abstractProducts[0]!.price;
    const upTo = await search(`price[max]=${(cheapest / 100).toFixed(2)}`);
    expect(upTo.abstractProducts.every((product) => product.price <= cheapest)).toBe(true);
    expect(upTo.pagination.numFound).toBeGreaterThanOrEqual(1);
    const price = upTo.rangeFacets.find((each) => each.name === 'price')!;
    expect(price.activeMax).toBe(cheapest);
    const [top] = all.categoryTreeFilter;
    const inCategory = await search(`category=${top!.nodeId}`);
    expect(inCategory.pagination.numFound).toBe(top!.docCount);
  });

  it('sorts by price both ways and names the sort it applied', async () => {
    const prices = (result: SearchAttributes) => result.abstractProducts.map((product) => product.price);
    const ascending = await search('sort=price_asc&ipp=24');
    expect(prices(ascending)).toEqual([...prices(ascending)].sort((a, b) => a - b));
    expect(ascending.sort).toMatchObject({ currentSortParam: 'price_asc', currentSortOrder: 'asc' });
    const descending = await search('sort=price_desc&ipp=24');
    expect(prices(descending)).toEqual([...prices(descending)].sort((a, b) => b - a));
    expect(descending.sort).toMatchObject({ currentSortParam: 'price_desc', currentSortOrder: 'desc' });
    expect((await search('sort=name_asc')).sort).toMatchObject({
      currentSortParam: 'name_asc',
      currentSortOrder: 'asc',
    });
  });

  it('pages to the last page, past the end, and falls back to 12 for an ipp Glue does not offer', async () => {
    const maxPage = Math.ceil(found / 24);
    const last = await search(`ipp=24&page=${maxPage}`);
    expect(last.abstractProducts).toHaveLength(found - (maxPage - 1) * 24);
    expect(last.pagination).toMatchObject({ currentPage: maxPage, maxPage, currentItemsPerPage: 24 });
    const beyond = await search(`ipp=24&page=${maxPage + 1}`);
    expect(beyond.abstractProducts).toEqual([]);
    expect(beyond.pagination).toMatchObject({ numFound: found, currentPage: maxPage + 1, maxPage });
    const jsonApiPaging = await search('page[offset]=24&page[limit]=24');
    expect(jsonApiPaging.pagination).toMatchObject({ currentPage: 2, currentItemsPerPage: 24 });
    const notOffered = await search('ipp=13');
    expect(notOffered.pagination.currentItemsPerPage).toBe(12);
    expect(notOffered.abstractProducts).toHaveLength(12);
  });

  it('corrects a typo with a spelling suggestion that finds products', async () => {
    const [brand] = [...brandCounts.keys()].sort();
    const typo = `${brand!.slice(0, -2)}${brand!.slice(-1)}${brand!.slice(-2, -1)}`; // last two letters swapped
    const result = await search(`q=${typo}`);
    expect(result.spellingSuggestion?.toLowerCase()).toBe(brand!.toLowerCase());
    const corrected = await search(`q=${encodeURIComponent(result.spellingSuggestion!)}`);
    expect(corrected.pagination.numFound).toBe(brandCounts.get(brand!));
  });

  it('includes the found abstract products and their concrete products', async () => {
    const response = await request(storefront.http)
      .get('/catalog-search?sort=price_asc&include=abstract-products,concrete-products')
      .set('Accept', JSON_API)
      .expect(200);
    const body = response.body as SearchDocument;
    const skus = body.data[0]!.attributes.abstractProducts.map((product) => product.abstractSku);
    expect(body.data[0]!.relationships?.['abstract-products']?.data).toEqual(
      skus.map((id) => ({ type: 'abstract-products', id })),
    );
    const included = body.included ?? [];
    expect(
      included
        .filter((each) => each.type === 'abstract-products')
        .map((each) => each.id)
        .sort(),
    ).toEqual([...skus].sort());
    expect(included.some((each) => each.type === 'concrete-products')).toBe(true);
  });

  it("answers Oryx's product list request, includes by type at any depth", async () => {
    // spryker/oryx libs/domain/product/src/services/adapter/default-product-list.adapter.ts
    const include =
      'abstract-products,concrete-products,concrete-product-image-sets,concrete-product-prices,' +
      'concrete-product-availabilities,product-labels';
    const response = await request(storefront.http)
      .get(`/catalog-search?q=&sort=&color=Black&currency=EUR&page=1&include=${include}`)
      .set('Accept', '*/*')
      .expect(200);
    const types = new Set(((response.body as SearchDocument).included ?? []).map((each) => each.type));
    for (const type of include.split(',').filter((each) => each !== 'product-labels')) {
      expect(types).toContain(type);
    }
  });

  it('sends no more statements for a page of 36 with includes than for a page of 12', async () => {
    const statements = async (query: string) => {
      const [, count] = await queries.count(() =>
        request(storefront.http).get(`/catalog-search?${query}`).set('Accept', JSON_API).expect(200),
      );
      return count;
    };
    const include = 'include=abstract-products,concrete-products,abstract-product-prices';
    const small = await statements(`sort=price_asc&ipp=12&${include}`);
    const large = await statements(`sort=price_desc&ipp=36&${include}`);
    expect(small).toBeGreaterThan(0);
    expect(large).toBeLessThanOrEqual(small);
  });

  it.each([
    ['price[min]=abc', 'price[min]', '4001'],
    ['ipp=100000', 'ipp', '4001'],
    ['sort=drop', 'sort', '4001'],
    ['page=0', 'page', '4001'],
    ['category=abc', 'category', '4001'],
    ['rating[min]=9', 'rating[min]', '4001'],
    ['currency=XYZ', 'currency', '313'],
    ['priceMode=CHEAP', 'priceMode', '314'],
  ])('refuses %s with 400 naming the parameter', async (query, parameter, code) => {
    const response = await request(storefront.http)
      .get(`/catalog-search?${query}`)
      .set('Accept', JSON_API)
      .expect(400);
    expect((response.body as SearchDocument).errors).toEqual([
      expect.objectContaining({ status: '400', code, source: { parameter } }),
    ]);
  });

  it('finds a product renamed through the backend at once, German words by their stem', async () => {
    const backend = await startBackend(database.url);
    try {
      const token = await backendToken(backend.http);
      await request(backend.http)
        .patch('/products/005')
        .set('Accept', JSON_API)
        .set('Content-Type', JSON_API)
        .set('Authorization', bearer(token))
        .send(
          JSON.stringify({
            data: {
              type: 'products',
              id: '005',
              attributes: {
                localizedAttributes: [
                  { locale: 'de_DE', name: 'Quorvex Kameras im Set', description: 'Zwei Kameras.' },
                  { locale: 'en_US', name: 'Quorvex camera set', description: 'Two cameras.' },
                ],
              },
            },
          }),
        )
        .expect(200);
    } finally {
      await backend.app.close();
    }
    const skus = (result: SearchAttributes) => result.abstractProducts.map((product) => product.abstractSku);
    expect(skus(await search('q=quorvex'))).toEqual(['005']);
    expect(skus(await search('q=quorvex%20Kamera', 'de-DE'))).toEqual(['005']);
  });
});
