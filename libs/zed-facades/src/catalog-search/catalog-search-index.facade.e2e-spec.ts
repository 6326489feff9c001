import { Test, type TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { DatabaseModule, publishCatalogAt } from '#zed-facades/database';
import { ProductFacade, ProductModule } from '#zed-facades/product';
import { insertCatalogSearchFixture } from '../../../../test/support/catalog-search-fixture.js';
import { countQueries, type QueryCounter } from '../../../../test/support/query-counter.js';
import { createSpecDatabase, type SpecDatabase } from '../../../../test/support/spec-database.js';
import { CatalogSearchFacade } from './catalog-search.facade.js';
import { CatalogSearchModule } from './catalog-search.module.js';
import type { CatalogSearchCriteria, CatalogSuggestCriteria } from './transfer/catalog-search.transfer.js';

const DE_EN: CatalogSearchCriteria = {
  store: 'DE',
  locale: 'en_US',
  currency: 'EUR',
  priceMode: 'GROSS_MODE',
  page: 1,
  itemsPerPage: 12,
};
const SUGGEST: CatalogSuggestCriteria = { ...DE_EN, q: '', limit: 5 };

describe('CatalogSearchFacade: the index follows catalog writes; suggestions', () => {
  let database: SpecDatabase;
  let moduleRef: TestingModule;
  let facade: CatalogSearchFacade;
  let products: ProductFacade;
  let dataSource: DataSource;
  let counter: QueryCounter;
  const skusFor = async (criteria: Partial<CatalogSearchCriteria>): Promise<string[]> =>
    (await facade.search({ ...DE_EN, ...criteria })).products.map((product) => product.abstractSku);

  beforeAll(async () => {
    database = await createSpecDatabase();
    moduleRef = await Test.createTestingModule({
      imports: [DatabaseModule.forRoot({ url: database.url }), CatalogSearchModule, ProductModule],
    }).compile();
    facade = moduleRef.get(CatalogSearchFacade);
    products = moduleRef.get(ProductFacade);
    dataSource = moduleRef.get(DataSource);
    await insertCatalogSearchFixture(dataSource);
    await facade.reindexAll();
    counter = countQueries(dataSource);
  }, 60_000);

  afterAll(async () => {
    await moduleRef?.close();
    await database?.drop();
  });

  it('indexes a product written through ProductFacade in the same transaction', async () => {
    const created = await products.createProduct({
      sku: 'new-1',
      attributes: { brand: 'Leica' },
      localizedAttributes: [{ locale: 'en_US', name: 'Leica Fresh Camera' }],
      concreteProducts: [{ sku: 'new-1_b', attributes: { color: 'Green' } }],
    });
    // Without a price in the store and currency it is not found yet.
    expect(await skusFor({ q: 'leica' })).toEqual([]);
    await dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO price_product (fk_product_abstract, fk_store, fk_currency, price_type, gross_amount, net_amount)
         SELECT $1, id_store, id_currency, 'DEFAULT', 7000, 5880 FROM store, currency WHERE store.name = 'DE' AND currency.code = 'EUR'`,
        [created.idProductAbstract],
      );
      await facade.reindexAbstracts(manager, [created.idProductAbstract]);
    });
    const found = await facade.search({ ...DE_EN, q: 'leica', attributeFilters: { color: ['Green'] } });
    expect(found.products.map((product) => [product.abstractSku, product.price])).toEqual([['new-1', 7000]]);

    await products.updateProduct('new-1', {
      localizedAttributes: [{ locale: 'en_US', name: 'Leica Bright Lens' }],
    });
    expect(await skusFor({ q: 'bright lens' })).toEqual(['new-1']);
    expect(await skusFor({ q: 'fresh' })).toEqual([]);

    await products.updateProduct('new-1', { isActive: false });
    expect(await skusFor({ q: 'leica' })).toEqual([]);
    await products.updateProduct('new-1', { isActive: true });
    expect(await skusFor({ q: 'leica' })).toEqual(['new-1']);

    await products.deleteProduct('new-1');
    expect(await skusFor({ q: 'leica' })).toEqual([]);
  });

  it('indexes nothing for a rejected write', async () => {
    await expect(
      products.createProduct({
        sku: 'cam-1',
        localizedAttributes: [{ locale: 'en_US', name: 'Duplicate Ghost Camera' }],
        concreteProducts: [{ sku: 'ghost_1' }],
      }),
    ).rejects.toThrow();
    expect(await skusFor({ q: 'ghost' })).toEqual([]);
    expect(await skusFor({ q: 'alpha' })).toEqual(['cam-1']);
  });

  it('reindexes any number of products in the same number of statements', async () => {
    const ids = (
      await dataSource.query<{ id: number }[]>('SELECT id_product_abstract AS id FROM product_abstract')
    ).map((row) => row.id);
    const [, one] = await counter.count(() =>
      dataSource.transaction((m) => facade.reindexAbstracts(m, ids.slice(0, 1))),
    );
    const [, all] = await counter.count(() => dataSource.transaction((m) => facade.reindexAbstracts(m, ids)));
    expect(one).toBe(all);
    expect(await skusFor({ sort: 'name_asc' })).toEqual(['aud-2', 'cam-2', 'cam-3', 'cam-1', 'aud-1']);
  });

  it('makes facets of attributes, but not of those the catalog declares free text (allow_input)', async () => {
    await dataSource.query(`INSERT INTO product_management_attribute (attribute_key, input_type, allow_input)
      VALUES ('model', 'text', true), ('material', 'select', false)`);
    await products.updateProduct('cam-1', { attributes: { brand: 'Sony', model: 'A-7', material: 'Metal' } });
    const [row] = await dataSource.query<{ facet_values: string[] }[]>(
      `SELECT facet_values FROM catalog_search_document d JOIN product_abstract pa
         ON pa.id_product_abstract = d.fk_product_abstract WHERE pa.sku = 'cam-1' LIMIT 1`,
    );
    expect(row?.facet_values.filter((value) => !value.startsWith('category='))).toEqual([
      'brand=Sony',
      'color=Black',
      'color=Silver',
      'label=NEW',
      'material=Metal',
    ]);
    const metal = await facade.search({ ...DE_EN, attributeFilters: { material: ['Metal'] } });
    expect(metal.products.map((product) => product.abstractSku)).toEqual(['cam-1']);
    expect(metal.valueFacets.map((facet) => facet.name)).toEqual([
      'category',
      'label',
      'brand',
      'color',
      'material',
    ]);
  });

  it('rebuilds the whole index to the same documents', async () => {
    const snapshot = (): Promise<unknown[]> =>
      dataSource.query(
        `SELECT fk_product_abstract, fk_locale, name, facet_values, search_vector::text FROM catalog_search_document
         ORDER BY 1, 2`,
      );
    const before = await snapshot();
    await facade.reindexAll();
    expect(await snapshot()).toEqual(before);
    // The step a bulk load (npm run seed -- --products N) runs after COPY: publish all, search included.
    await publishCatalogAt(database.url);
    expect(await snapshot()).toEqual(before);
    expect(before).toHaveLength(12); // 6 active products × 2 locales
  });

  it('suggests completions, categories and priced products for a prefix', async () => {
    const suggestion = await facade.suggest({ ...SUGGEST, q: 'cam' });
    expect(suggestion.completion).toEqual(['camera', 'cameras']);
    // A name starting with the word or holding a word that starts with it.
    expect(suggestion.categories.map((category) => category.name)).toEqual(['Cameras', 'Compact cameras']);
    expect(suggestion.abstractProducts.map((product) => product.abstractSku).sort()).toEqual([
      'cam-1',
      'cam-2',
      'cam-3',
    ]);
    expect(suggestion.cmsPages).toEqual([]);

    const twoWords = await facade.suggest({ ...SUGGEST, q: 'sony al' });
    expect(twoWords.completion).toEqual(['sony alpha']);
    expect(twoWords.abstractProducts).toEqual([
      {
        idProductAbstract: expect.any(Number) as number,
        abstractSku: 'cam-1',
        abstractName: 'Sony Alpha Camera',
        price: 10000,
        images: [],
      },
    ]);

    const german = await facade.suggest({ ...SUGGEST, locale: 'de_DE', q: 'kamera' });
    expect(german.completion).toEqual(['kamera', 'kameras']);
    expect(german.categories.map((category) => category.name)).toEqual(['Kameras']);
  });

  it('searches without pg_trgm: no typo correction, no spelling suggestion', async () => {
    await dataSource.query('DROP EXTENSION pg_trgm CASCADE');
    // A new engine: the running one remembers that the extension was there.
    const withoutTrigrams = await Test.createTestingModule({
      imports: [DatabaseModule.forRoot({ url: database.url }), CatalogSearchModule],
    }).compile();
    try {
      const search = withoutTrigrams.get(CatalogSearchFacade);
      const typo = await search.search({ ...DE_EN, q: 'camra' });
      expect([typo.numFound, typo.spellingSuggestion]).toEqual([0, null]);
      expect((await search.search({ ...DE_EN, q: 'camera' })).numFound).toBe(3);
      expect((await search.suggest({ ...SUGGEST, q: 'cam' })).completion).toEqual(['camera', 'cameras']);
    } finally {
      await withoutTrigrams.close();
    }
  });

  it('suggests nothing for an unknown store, a blank query or a limit of 0', async () => {
    const empty = { completion: [], categories: [], abstractProducts: [], cmsPages: [] };
    expect(await facade.suggest({ ...SUGGEST, store: 'XX', q: 'cam' })).toEqual(empty);
    expect(await facade.suggest({ ...SUGGEST, q: '  ' })).toEqual(empty);
    expect(await facade.suggest({ ...SUGGEST, q: 'cam', limit: 0 })).toEqual(empty);
    expect((await facade.search({ ...DE_EN, priceMin: 9999.5, priceMax: 10000.4 })).numFound).toBe(1);
  });
});
