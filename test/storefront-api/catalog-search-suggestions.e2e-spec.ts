import request from 'supertest';
import { JSON_API, startStorefront, type RunningApplication } from '../support/applications.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

interface Suggestions {
  completion: string[];
  categories: { name: string; url: string | null }[];
  categoryCollection: { name: string; url: string | null }[];
  cmsPages: unknown[];
  cmsPageCollection: unknown[];
  abstractProducts: {
    abstractSku: string;
    abstractName: string;
    price: number;
    url: string | null;
    images: { externalUrlSmall: string; externalUrlLarge: string }[];
  }[];
}
interface Document<T> {
  data: {
    type: string;
    id: string | null;
    attributes: T;
    relationships?: Record<string, { data: { id: string }[] }>;
  }[];
  included?: { type: string; id: string }[];
}

// The demo catalog's brands are fictional (libs/zed-facades/src/database/seed/demo-vocabulary.ts).
const BRAND = 'Kestrel';

describe('storefront catalog-search-suggestions, and both search resources in strict mode', () => {
  let database: TestDatabase;
  let strict: RunningApplication;
  let glue: RunningApplication;

  beforeAll(async () => {
    database = await createTestDatabase();
    glue = await startStorefront(database.url);
    strict = await startStorefront(database.url, { glueCompatibility: false });
  });
  afterAll(async () => {
    await glue?.app.close();
    await strict?.app.close();
    await database?.drop();
  });

  it("suggests completions, categories and products for a prefix, with Glue's attributes", async () => {
    const response = await request(glue.http)
      .get(`/catalog-search-suggestions?q=${BRAND.slice(0, 4).toLowerCase()}&include=abstract-products`)
      .set('Accept', JSON_API)
      .expect(200);
    const body = response.body as Document<Suggestions>;
    expect(body.data).toEqual([expect.objectContaining({ type: 'catalog-search-suggestions', id: null })]);
    const suggestions = body.data[0]!.attributes;
    expect(Object.keys(suggestions).sort()).toEqual([
      'abstractProducts',
      'categories',
      'categoryCollection',
      'cmsPageCollection',
      'cmsPages',
      'completion',
    ]);
    expect(suggestions.completion.length).toBeGreaterThan(0);
    expect(
      suggestions.completion.every((phrase) =>
        phrase.toLowerCase().includes(BRAND.slice(0, 4).toLowerCase()),
      ),
    ).toBe(true);
    expect(suggestions.abstractProducts.length).toBeGreaterThan(0);
    for (const product of suggestions.abstractProducts) {
      expect(product).toEqual({
        abstractSku: expect.any(String),
        abstractName: expect.stringContaining(BRAND),
        price: expect.any(Number),
        url: null,
        images: product.images.map(() => ({
          externalUrlSmall: expect.any(String),
          externalUrlLarge: expect.any(String),
        })),
      });
      expect(Number.isInteger(product.price)).toBe(true);
    }
    expect(suggestions.categoryCollection).toEqual(suggestions.categories);
    expect(suggestions.cmsPages).toEqual([]);
    const linked = body.data[0]!.relationships?.['abstract-products']?.data.map((each) => each.id);
    expect(linked).toEqual(suggestions.abstractProducts.map((product) => product.abstractSku));
    expect(body.included?.filter((each) => each.type === 'abstract-products')).toHaveLength(linked!.length);
  });

  it('suggests nothing for an empty query, and refuses an overlong one', async () => {
    const empty = await request(glue.http)
      .get('/catalog-search-suggestions?q=')
      .set('Accept', JSON_API)
      .expect(200);
    expect((empty.body as Document<Suggestions>).data[0]!.attributes).toEqual({
      completion: [],
      categories: [],
      categoryCollection: [],
      cmsPages: [],
      cmsPageCollection: [],
      abstractProducts: [],
    });
    const long = await request(glue.http)
      .get(`/catalog-search-suggestions?q=${'a'.repeat(201)}`)
      .set('Accept', JSON_API)
      .expect(400);
    expect(long.body.errors[0]).toMatchObject({ status: '400', source: { parameter: 'q' } });
  });

  it('gives both resources a string id in strict mode, and refuses an unknown include there', async () => {
    const search = await request(strict.http)
      .get('/catalog-search?q=kestrel&ipp=24')
      .set('Accept', JSON_API)
      .expect(200);
    expect((search.body as Document<unknown>).data[0]).toMatchObject({
      type: 'catalog-search',
      id: 'q=kestrel&ipp=24',
    });
    const suggestions = await request(strict.http)
      .get('/catalog-search-suggestions?q=kes')
      .set('Accept', JSON_API)
      .expect(200);
    expect((suggestions.body as Document<unknown>).data[0]).toMatchObject({
      type: 'catalog-search-suggestions',
      id: 'q=kes',
    });
    const unknown = await request(strict.http)
      .get('/catalog-search?include=product-reviews')
      .set('Accept', JSON_API)
      .expect(400);
    expect(unknown.body.errors[0]).toMatchObject({ source: { parameter: 'include' } });
    await request(glue.http)
      .get('/catalog-search?include=product-reviews')
      .set('Accept', JSON_API)
      .expect(200);
  });

  it('serves the search as plain JSON too', async () => {
    const response = await request(glue.http)
      .get('/catalog-search?ipp=12')
      .set('Accept', 'application/json')
      .expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.stringify(response.body)).toContain('"numFound"');
  });
});
