import { Test, type TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { DatabaseModule } from '#zed-facades/database';
import {
  insertCatalogSearchFixture,
  type CatalogSearchFixture,
} from '../../../../test/support/catalog-search-fixture.js';
import { countQueries, type QueryCounter } from '../../../../test/support/query-counter.js';
import { createSpecDatabase, type SpecDatabase } from '../../../../test/support/spec-database.js';
import { CatalogSearchFacade } from './catalog-search.facade.js';
import { CatalogSearchModule } from './catalog-search.module.js';
import type {
  CatalogSearchCriteria,
  CatalogSearchResultTransfer,
  CatalogSearchValueFacetTransfer,
} from './transfer/catalog-search.transfer.js';

const DE_EN: CatalogSearchCriteria = {
  store: 'DE',
  locale: 'en_US',
  currency: 'EUR',
  priceMode: 'GROSS_MODE',
  page: 1,
  itemsPerPage: 12,
};

const skus = (result: CatalogSearchResultTransfer): string[] => result.products.map((p) => p.abstractSku);
/** A facet's counts as `{ value: docCount }`. */
function counts(result: CatalogSearchResultTransfer, name: string): Record<string, number> {
  const facet = result.valueFacets.find((candidate) => candidate.name === name);
  if (!facet) throw new Error(`No facet ${name}`);
  return Object.fromEntries(facet.values.map((value) => [value.value, value.docCount]));
}
const facet = (
  result: CatalogSearchResultTransfer,
  name: string,
): CatalogSearchValueFacetTransfer | undefined =>
  result.valueFacets.find((candidate) => candidate.name === name);

describe('CatalogSearchFacade.search (PostgreSQL engine, hand-counted catalogue)', () => {
  let database: SpecDatabase;
  let moduleRef: TestingModule;
  let facade: CatalogSearchFacade;
  let fixture: CatalogSearchFixture;
  let counter: QueryCounter;
  const search = (criteria: Partial<CatalogSearchCriteria>): Promise<CatalogSearchResultTransfer> =>
    facade.search({ ...DE_EN, ...criteria });

  beforeAll(async () => {
    database = await createSpecDatabase();
    moduleRef = await Test.createTestingModule({
      imports: [DatabaseModule.forRoot({ url: database.url }), CatalogSearchModule],
    }).compile();
    facade = moduleRef.get(CatalogSearchFacade);
    const dataSource = moduleRef.get(DataSource);
    fixture = await insertCatalogSearchFixture(dataSource);
    await facade.reindexAll();
    counter = countQueries(dataSource);
  }, 60_000);

  afterAll(async () => {
    await moduleRef?.close();
    await database?.drop();
  });

  it('finds only active products priced in the store and currency, with every facet counted', async () => {
    const result = await search({});
    expect(result.numFound).toBe(5);
    expect(skus(result).sort()).toEqual(['aud-1', 'aud-2', 'cam-1', 'cam-2', 'cam-3']);
    expect(result.currentSort).toBe('default');
    expect(result.spellingSuggestion).toBeNull();
    expect(result.valueFacets.map((value) => value.name)).toEqual(['category', 'label', 'brand', 'color']);
    expect(counts(result, 'brand')).toEqual({ Sony: 2, Canon: 1, Nikon: 1, Bose: 1 });
    expect(counts(result, 'color')).toEqual({ Black: 3, Red: 2, Silver: 1, White: 1 });
    // OLD is inactive: aud-1 has no label.
    expect(counts(result, 'label')).toEqual({ NEW: 3, SALE: 2 });
    const { root, cameras, compact, dslr, audio } = fixture.nodes;
    expect(counts(result, 'category')).toEqual({
      [root]: 5,
      [cameras]: 3,
      [compact]: 1,
      [dslr]: 2,
      [audio]: 2,
    });
    expect(result.rangeFacets).toEqual([
      { name: 'price', min: 5000, max: 30000, activeMin: null, activeMax: null },
      { name: 'rating', min: 2, max: 4.9, activeMin: null, activeMax: null },
    ]);
    expect(result.categoryTree).toEqual([
      {
        nodeId: cameras,
        name: 'Cameras',
        url: '/cameras',
        docCount: 3,
        children: [
          { nodeId: compact, name: 'Compact cameras', url: '/compact', docCount: 1, children: [] },
          { nodeId: dslr, name: 'DSLR', url: '/dslr', docCount: 2, children: [] },
        ],
      },
      { nodeId: audio, name: 'Audio', url: '/audio', docCount: 2, children: [] },
    ]);
  });

  it('shows the price in the requested mode, the ORIGINAL price and the lowest concrete price', async () => {
    const gross = await search({ sort: 'price_asc' });
    const cam1 = gross.products.find((product) => product.abstractSku === 'cam-1');
    expect(cam1).toEqual({
      idProductAbstract: fixture.abstractIds['cam-1'],
      abstractSku: 'cam-1',
      abstractName: 'Sony Alpha Camera',
      price: 10000,
      prices: [
        {
          priceTypeName: 'DEFAULT',
          price: 10000,
          grossAmount: 10000,
          netAmount: null,
          currency: { code: 'EUR', name: 'Euro', symbol: '€' },
        },
        {
          priceTypeName: 'ORIGINAL',
          price: 12000,
          grossAmount: 12000,
          netAmount: null,
          currency: { code: 'EUR', name: 'Euro', symbol: '€' },
        },
      ],
      images: [],
    });
    expect(gross.products.find((product) => product.abstractSku === 'cam-2')?.price).toBe(20000);
    const net = await search({ priceMode: 'NET_MODE', priceMin: 8400 });
    expect(net.numFound).toBe(4);
    expect(net.products.find((product) => product.abstractSku === 'cam-1')?.prices[0]?.netAmount).toBe(8400);
  });

  it('applies each filter, and each facet counts without its own filter', async () => {
    const sony = await search({ brand: 'Sony' });
    expect(skus(sony).sort()).toEqual(['aud-1', 'cam-1']);
    expect(counts(sony, 'brand')).toEqual({ Sony: 2, Canon: 1, Nikon: 1, Bose: 1 });
    expect(facet(sony, 'brand')).toMatchObject({ docCount: 5, activeValues: ['Sony'], isMultiValued: false });
    expect(counts(sony, 'color')).toEqual({ Black: 2, Silver: 1, Red: 1 });
    expect(counts(sony, 'label')).toEqual({ NEW: 1 });

    const redOrWhite = await search({ attributeFilters: { color: ['Red', 'White'] } });
    expect(skus(redOrWhite).sort()).toEqual(['aud-1', 'aud-2', 'cam-3']);
    expect(counts(redOrWhite, 'color')).toEqual({ Black: 3, Red: 2, Silver: 1, White: 1 });

    const price = await search({ priceMin: 10000, priceMax: 20000 });
    expect(skus(price).sort()).toEqual(['aud-2', 'cam-1', 'cam-2']);
    expect(price.rangeFacets[0]).toEqual({
      name: 'price',
      min: 5000,
      max: 30000,
      activeMin: 10000,
      activeMax: 20000,
    });
    expect(counts(price, 'brand')).toEqual({ Sony: 1, Canon: 1, Bose: 1 });

    const rating = await search({ ratingMin: 4 });
    expect(skus(rating).sort()).toEqual(['aud-2', 'cam-1']);
    expect(rating.rangeFacets[1]).toEqual({
      name: 'rating',
      min: 2,
      max: 4.9,
      activeMin: 4,
      activeMax: null,
    });
    expect(rating.rangeFacets[0]).toMatchObject({ min: 10000, max: 15000 });

    const sale = await search({ labels: ['SALE'] });
    expect(skus(sale).sort()).toEqual(['cam-2', 'cam-3']);
    expect(counts(sale, 'label')).toEqual({ NEW: 3, SALE: 2 });
    expect(counts(sale, 'color')).toEqual({ Black: 1, Red: 1 });

    const cameras = await search({ categoryNodeId: fixture.nodes.cameras });
    expect(skus(cameras).sort()).toEqual(['cam-1', 'cam-2', 'cam-3']);
    expect(counts(cameras, 'brand')).toEqual({ Sony: 1, Canon: 1, Nikon: 1 });
    expect(cameras.categoryTree.map((node) => node.docCount)).toEqual([3, 2]);
    expect(facet(cameras, 'category')?.activeValues).toEqual([String(fixture.nodes.cameras)]);

    // A category with another filter: the category facet applies the brand, the brand facet the category.
    const sonyCameras = await search({ categoryNodeId: fixture.nodes.cameras, brand: 'Sony' });
    expect(sonyCameras.numFound).toBe(1);
    expect(counts(sonyCameras, 'brand')).toEqual({ Sony: 1, Canon: 1, Nikon: 1 });
    expect(sonyCameras.categoryTree.map((node) => node.docCount)).toEqual([1, 1]);
    expect(facet(sonyCameras, 'category')?.docCount).toBe(2);
  });

  it('combines filters (AND across facets, OR inside one)', async () => {
    const result = await search({ brand: 'Sony', attributeFilters: { color: ['Red'] } });
    expect(skus(result)).toEqual(['aud-1']);
    expect(counts(result, 'brand')).toEqual({ Nikon: 1, Sony: 1 });
    expect(counts(result, 'color')).toEqual({ Black: 2, Silver: 1, Red: 1 });
    const none = await search({ brand: 'Sony', labels: ['SALE'], priceMax: 4000 });
    expect(none.numFound).toBe(0);
    expect(none.maxPage).toBe(1);
    expect(counts(none, 'label')).toEqual({});
  });

  it('sorts by name, price, popularity and rating', async () => {
    expect(skus(await search({ sort: 'name_asc' }))).toEqual(['aud-2', 'cam-2', 'cam-3', 'cam-1', 'aud-1']);
    expect(skus(await search({ sort: 'name_desc' }))).toEqual(['aud-1', 'cam-1', 'cam-3', 'cam-2', 'aud-2']);
    expect(skus(await search({ sort: 'price_asc' }))).toEqual(['aud-1', 'cam-1', 'aud-2', 'cam-2', 'cam-3']);
    expect(skus(await search({ sort: 'price_desc' }))).toEqual(['cam-3', 'cam-2', 'aud-2', 'cam-1', 'aud-1']);
    expect(skus(await search({ sort: 'popularity' }))).toEqual(['aud-2', 'cam-2', 'cam-3', 'cam-1', 'aud-1']);
    expect(skus(await search({ sort: 'rating' }))).toEqual(['aud-2', 'cam-1', 'cam-2', 'aud-1', 'cam-3']);
  });

  it('pages at the edges: the last page is short and a page past the end is empty', async () => {
    const first = await search({ sort: 'price_asc', itemsPerPage: 2 });
    expect([skus(first), first.numFound, first.maxPage]).toEqual([['aud-1', 'cam-1'], 5, 3]);
    const last = await search({ sort: 'price_asc', itemsPerPage: 2, page: 3 });
    expect(skus(last)).toEqual(['cam-3']);
    const past = await search({ sort: 'price_asc', itemsPerPage: 2, page: 4 });
    expect([skus(past), past.numFound, past.maxPage, past.page]).toEqual([[], 5, 3, 4]);
    expect(counts(past, 'brand')).toEqual({ Sony: 2, Canon: 1, Nikon: 1, Bose: 1 });
  });

  it('searches text by relevance, German with stemming and prefixes (Kamera finds Kameras)', async () => {
    const camera = await search({ q: 'camera' });
    expect(camera.currentSort).toBe('relevance');
    expect(skus(camera).sort()).toEqual(['cam-1', 'cam-2', 'cam-3']);
    const german = await search({ locale: 'de_DE', q: 'Kamera' });
    expect(skus(german).sort()).toEqual(['cam-1', 'cam-2', 'cam-3']);
    expect(german.products.find((product) => product.abstractSku === 'cam-1')?.abstractName).toBe(
      'Sony Alpha Kameras',
    );
    const sonyCamera = await search({ q: 'sony camera', sort: 'name_asc' });
    expect(skus(sonyCamera)).toEqual(['cam-1']);
    expect(skus(await search({ q: 'cam-3' }))).toEqual(['cam-3']);
  });

  it('corrects a typo: spellingSuggestion and the results of the corrected query', async () => {
    const result = await search({ q: 'camra' });
    expect(result.spellingSuggestion).toBe('camera');
    expect(skus(result).sort()).toEqual(['cam-1', 'cam-2', 'cam-3']);
    expect((await search({ q: 'zzzzqqq' })).spellingSuggestion).toBeNull();
  });

  it('answers an unknown store, currency or a locale the store lacks with an empty result', async () => {
    for (const criteria of [
      { store: 'XX' },
      { currency: 'USD' },
      { locale: 'fr_FR' },
      { store: 'AT', locale: 'en_US' },
    ]) {
      const result = await search(criteria);
      expect([result.numFound, result.products, result.categoryTree]).toEqual([0, [], []]);
    }
    expect(skus(await search({ store: 'AT', locale: 'de_DE' }))).toEqual(['cam-1']);
    expect(skus(await search({ currency: 'CHF', sort: 'price_asc' }))).toEqual(['cam-1', 'cam-5']);
  });

  it('sends the same number of statements for 1 and 12 items and any filters', async () => {
    const [, small] = await counter.count(() => search({ itemsPerPage: 1 }));
    const [, large] = await counter.count(() =>
      search({
        itemsPerPage: 12,
        brand: 'Sony',
        labels: ['NEW'],
        attributeFilters: { color: ['Black'] },
        q: 'sony',
      }),
    );
    expect(small).toBe(4);
    expect(large).toBe(4);
  });
});
