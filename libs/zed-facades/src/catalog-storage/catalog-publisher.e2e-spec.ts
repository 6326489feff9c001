import { Test, type TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { CategoryFacade, CategoryModule } from '#zed-facades/category';
import { DatabaseModule, publishCatalogIfUnpublished } from '#zed-facades/database';
import { PriceProductFacade, PriceProductModule } from '#zed-facades/price-product';
import { ProductFacade, ProductModule } from '#zed-facades/product';
import { ProductImageFacade, ProductImageModule } from '#zed-facades/product-image';
import { ProductLabelFacade, ProductLabelModule } from '#zed-facades/product-label';
import { StockFacade, StockModule } from '#zed-facades/stock';
import { UrlFacade, UrlModule } from '#zed-facades/url';
import { countQueries } from '../../../../test/support/query-counter.js';
import { createSpecDatabase, type SpecDatabase } from '../../../../test/support/spec-database.js';
import { CatalogPublisher } from './business/catalog.publisher.js';
import { CatalogStorageFacade } from './catalog-storage.facade.js';
import { CatalogStorageModule } from './catalog-storage.module.js';

/** Every document as text, by key: what a rebuild must reproduce byte for byte. */
async function snapshot(dataSource: DataSource): Promise<Map<string, string>> {
  const rows = await dataSource.query<{ storage_key: string; document: string }[]>(
    'SELECT storage_key, document::text AS document FROM catalog_storage ORDER BY storage_key',
  );
  return new Map(rows.map((row) => [row.storage_key, row.document]));
}

describe('CatalogPublisher and CatalogStorageFacade', () => {
  let database: SpecDatabase;
  let moduleRef: TestingModule;
  let dataSource: DataSource;
  let storage: CatalogStorageFacade;
  let publisher: CatalogPublisher;
  let products: ProductFacade;
  let prices: PriceProductFacade;
  let stock: StockFacade;
  let skus: string[];

  beforeAll(async () => {
    database = await createSpecDatabase({ seed: true });
    moduleRef = await Test.createTestingModule({
      imports: [
        DatabaseModule.forRoot({ url: database.url }),
        CatalogStorageModule,
        CategoryModule,
        PriceProductModule,
        ProductImageModule,
        ProductLabelModule,
        ProductModule,
        StockModule,
        UrlModule,
      ],
    }).compile();
    dataSource = moduleRef.get(DataSource);
    storage = moduleRef.get(CatalogStorageFacade);
    publisher = moduleRef.get(CatalogPublisher);
    products = moduleRef.get(ProductFacade);
    prices = moduleRef.get(PriceProductFacade);
    stock = moduleRef.get(StockFacade);
    const rows = await dataSource.query<{ sku: string }[]>('SELECT sku FROM product_abstract ORDER BY sku');
    skus = rows.map((row) => row.sku);
  }, 60_000);

  afterAll(async () => {
    await moduleRef?.close();
    await database?.drop();
  });

  describe('the seeded documents equal what the normalized readers answer', () => {
    it.each([
      ['DE', 'en_US'],
      ['AT', 'de_DE'],
    ])('abstract and concrete products with their image sets in %s / %s', async (store, locale) => {
      expect(skus.length).toBeGreaterThan(5);
      const images = moduleRef.get(ProductImageFacade);
      const expected = await products.findAbstractProductsBySkus(skus, locale);
      const published = await storage.findAbstractProductsBySkus(skus, store, locale);
      const expectedImages = await images.getAbstractImageSets(
        expected.map((product) => product.idProductAbstract),
        locale,
      );
      const expectedNodes = await moduleRef.get(CategoryFacade).getCategoryNodesByAbstractIds(
        expected.map((product) => product.idProductAbstract),
        locale,
      );
      expect(published.map(({ labels: _labels, ...product }) => product)).toEqual(
        expected.map((product) => ({
          ...product,
          imageSets: expectedImages.get(product.idProductAbstract),
          categoryNodeIds: expectedNodes.get(product.idProductAbstract)?.map((node) => node.idCategoryNode),
        })),
      );
      // The labels shown now, as the label facade answers them from its tables.
      const expectedLabels = await moduleRef.get(ProductLabelFacade).getProductLabelsByAbstractIds(
        expected.map((product) => product.idProductAbstract),
        locale,
      );
      const shownLabels = await storage.getShownProductLabels(skus, store, locale);
      expect(
        expected.map((product) =>
          (shownLabels.get(product.sku) ?? []).map(({ validFrom: _from, validTo: _to, ...label }) => label),
        ),
      ).toEqual(expected.map((product) => expectedLabels.get(product.idProductAbstract) ?? []));
      expect([...shownLabels.values()].some((labels) => labels.length > 0)).toBe(true);
      expect(published.some((product) => product.categoryNodeIds.length > 0)).toBe(true);
      // Byte for byte: attribute maps keep their order through the json column.
      expect(published.map((product) => JSON.stringify(product.attributes))).toEqual(
        expected.map((product) => JSON.stringify(product.attributes)),
      );

      const concreteSkus = expected.flatMap((product) => product.concreteProducts.map((each) => each.sku));
      const expectedConcretes = await products.findConcreteProductsBySkus(concreteSkus, locale);
      const concreteImages = await images.getConcreteImageSets(
        expectedConcretes.map((concrete) => concrete.idProductConcrete),
        locale,
      );
      expect(await storage.findConcreteProductsBySkus(concreteSkus, store, locale)).toEqual(
        expectedConcretes.map((concrete) => ({
          ...concrete,
          imageSets: concreteImages.get(concrete.idProductConcrete),
        })),
      );
    });

    it.each([
      ['DE', undefined],
      ['DE', 'CHF'],
      ['AT', 'EUR'],
    ])('prices and availabilities in %s, currency %s', async (store, currency) => {
      const abstracts = await products.findAbstractProductsBySkus(skus, 'en_US');
      const ids = abstracts.map((product) => product.idProductAbstract);
      const expectedPrices = await prices.getAbstractPrices(ids, store, currency);
      const publishedPrices = await storage.getAbstractPrices(skus, store, currency);
      const expectedAvailability = await stock.getAbstractAvailabilities(ids, store);
      const publishedAvailability = await storage.getAbstractAvailabilities(skus, store);
      for (const product of abstracts) {
        expect(publishedPrices.get(product.sku)).toEqual(expectedPrices.get(product.idProductAbstract));
        expect(publishedAvailability.get(product.sku)).toEqual(
          expectedAvailability.get(product.idProductAbstract),
        );
      }

      const concretes = abstracts.flatMap((product) => product.concreteProducts);
      const concreteIds = concretes.map((concrete) => concrete.idProductConcrete);
      const concreteSkus = concretes.map((concrete) => concrete.sku);
      const expectedConcretePrices = await prices.getConcretePrices(concreteIds, store, currency);
      const publishedConcretePrices = await storage.getConcretePrices(concreteSkus, store, currency);
      const expectedConcreteAvailability = await stock.getConcreteAvailabilities(concreteIds, store);
      const publishedConcreteAvailability = await storage.getConcreteAvailabilities(concreteSkus, store);
      for (const concrete of concretes) {
        expect(publishedConcretePrices.get(concrete.sku)).toEqual(
          expectedConcretePrices.get(concrete.idProductConcrete),
        );
        expect(publishedConcreteAvailability.get(concrete.sku)).toEqual(
          expectedConcreteAvailability.get(concrete.idProductConcrete),
        );
      }
    });

    it.each([
      ['DE', 'en_US'],
      ['AT', 'de_DE'],
    ])('the category tree and every node in %s / %s', async (store, locale) => {
      const categories = moduleRef.get(CategoryFacade);
      const tree = await categories.getCategoryTree(locale);
      expect(tree.length).toBeGreaterThan(0);
      expect(await storage.getCategoryTree(store, locale)).toEqual(tree);
      const ids = await dataSource.query<{ id: string }[]>(
        'SELECT id_category_node::text AS id FROM category_node ORDER BY id_category_node DESC',
      );
      const nodeIds = [...ids.map((row) => row.id), '999999', 'abc'];
      expect(await storage.findCategoryNodesByIds(nodeIds, store, locale)).toEqual(
        await categories.findCategoryNodesByIds(nodeIds, locale),
      );
    });

    it('resolves every product and category URL as the URL facade does', async () => {
      const rows = await dataSource.query<{ url: string }[]>(
        `SELECT url FROM product_abstract_localized_attributes WHERE url IS NOT NULL
         UNION SELECT url FROM category_localized_attributes WHERE url IS NOT NULL`,
      );
      expect(rows.length).toBeGreaterThan(skus.length);
      const urls = moduleRef.get(UrlFacade);
      for (const { url } of [...rows, { url: '/en/nothing-here' }]) {
        expect([url, await storage.findUrlTarget(url)]).toEqual([url, await urls.findUrlTarget(url)]);
      }
    });

    it('refuses a currency the store does not offer, as the price facade does', async () => {
      await expect(storage.getAbstractPrices(skus.slice(0, 1), 'AT', 'CHF')).rejects.toMatchObject({
        code: 'CURRENCY_NOT_IN_STORE',
        message: 'Store "AT" does not offer the currency "CHF".',
      });
      await expect(storage.getAbstractPrices(skus.slice(0, 1), 'XX')).rejects.toMatchObject({
        code: 'CURRENCY_NOT_IN_STORE',
      });
    });

    it('reads a batch of documents with one statement, whatever its size', async () => {
      const counter = countQueries(dataSource);
      const [, few] = await counter.count(() =>
        storage.findAbstractProductsBySkus(skus.slice(0, 2), 'DE', 'en_US'),
      );
      const [, many] = await counter.count(() => storage.findAbstractProductsBySkus(skus, 'DE', 'en_US'));
      expect([few, many]).toEqual([1, 1]);
    });
  });

  describe('catalog writes publish in their transaction', () => {
    it('publishes a created product, its update and its deletion', async () => {
      await products.createProduct({
        sku: 'pub-1',
        localizedAttributes: [
          { locale: 'en_US', name: 'Published one' },
          { locale: 'de_DE', name: 'Veröffentlicht' },
        ],
        concreteProducts: [
          { sku: 'pub-1-a', attributes: { color: 'red' } },
          { sku: 'pub-1-b', attributes: { color: 'blue' } },
        ],
      });
      const [created] = await storage.findAbstractProductsBySkus(['pub-1'], 'DE', 'de_DE');
      expect(created).toMatchObject({
        sku: 'pub-1',
        name: 'Veröffentlicht',
        superAttributes: { color: ['red', 'blue'] },
      });
      expect(await storage.findConcreteProductsBySkus(['pub-1-a', 'pub-1-b'], 'AT', 'en_US')).toHaveLength(2);

      await products.updateProduct('pub-1', {
        localizedAttributes: [{ locale: 'en_US', name: 'Renamed' }],
        concreteProducts: [{ sku: 'pub-1-a', attributes: { color: 'red' } }],
      });
      const [renamed] = await storage.findAbstractProductsBySkus(['pub-1'], 'DE', 'en_US');
      expect(renamed?.name).toBe('Renamed');
      expect(renamed?.concreteProducts.map((concrete) => concrete.sku)).toEqual(['pub-1-a']);
      expect(await storage.findConcreteProductsBySkus(['pub-1-b'], 'DE', 'en_US')).toEqual([]);

      await products.deleteProduct('pub-1');
      const left = await dataSource.query<{ count: string }[]>(
        `SELECT count(*) AS count FROM catalog_storage WHERE reference = 'pub-1'`,
      );
      expect(left).toEqual([{ count: '0' }]);
    });

    it('publishes a price change, inherited by the concretes without a price of their own', async () => {
      const [product] = await storage.findAbstractProductsBySkus(skus.slice(0, 1), 'DE', 'en_US');
      const sku = product!.sku;
      await prices.setAbstractPrice({
        sku,
        storeName: 'DE',
        currencyCode: 'CHF',
        priceTypeName: 'ORIGINAL',
        grossAmount: 12_345,
        netAmount: 10_374,
      });
      const [published] = (await storage.getAbstractPrices([sku], 'DE', 'CHF')).values();
      expect(published).toContainEqual(
        expect.objectContaining({ priceTypeName: 'ORIGINAL', grossAmount: 12_345, netAmount: 10_374 }),
      );
      const ids = [product!.idProductAbstract];
      expect(published).toEqual((await prices.getAbstractPrices(ids, 'DE', 'CHF')).get(ids[0]!));
      const concrete = product!.concreteProducts[0]!;
      expect((await storage.getConcretePrices([concrete.sku], 'DE', 'CHF')).get(concrete.sku)).toEqual(
        (await prices.getConcretePrices([concrete.idProductConcrete], 'DE', 'CHF')).get(
          concrete.idProductConcrete,
        ),
      );
    });

    it('publishes a stock change to the concrete and its abstract', async () => {
      const [warehouse] = await dataSource.query<{ name: string }[]>(
        `SELECT w.name FROM warehouse w JOIN warehouse_store ws ON ws.fk_warehouse = w.id_warehouse
         JOIN store s ON s.id_store = ws.fk_store WHERE s.name = 'AT' AND w.is_active ORDER BY w.name LIMIT 1`,
      );
      const [product] = await storage.findAbstractProductsBySkus(skus.slice(1, 2), 'AT', 'en_US');
      const concrete = product!.concreteProducts[0]!;
      await stock.setStock({ concreteSku: concrete.sku, warehouseName: warehouse!.name, quantity: 4321 });

      const expected = await stock.getConcreteAvailabilities([concrete.idProductConcrete], 'AT');
      const published = await storage.getConcreteAvailabilities([concrete.sku], 'AT');
      expect(published.get(concrete.sku)).toEqual(expected.get(concrete.idProductConcrete));
      expect(published.get(concrete.sku)?.quantity).toBeGreaterThanOrEqual(4321);
      const abstract = await stock.getAbstractAvailabilities([product!.idProductAbstract], 'AT');
      expect((await storage.getAbstractAvailabilities([product!.sku], 'AT')).get(product!.sku)).toEqual(
        abstract.get(product!.idProductAbstract),
      );
    });

    it('leaves the documents as they were when the transaction of a write fails', async () => {
      const sku = skus[2]!;
      const before = await snapshot(dataSource);
      await expect(
        dataSource.transaction(async (manager) => {
          await manager.query(
            `UPDATE product_abstract_localized_attributes SET name = 'Never committed'
             WHERE fk_product_abstract = (SELECT id_product_abstract FROM product_abstract WHERE sku = $1)`,
            [sku],
          );
          const { changedKeys } = await publisher.abstractProductsChanged(manager, [sku]);
          expect(changedKeys.length).toBeGreaterThan(0);
          throw new Error('the write fails after publishing');
        }),
      ).rejects.toThrow('the write fails after publishing');
      expect(await snapshot(dataSource)).toEqual(before);
      const [product] = await storage.findAbstractProductsBySkus([sku], 'DE', 'en_US');
      expect(product?.name).not.toBe('Never committed');
    });

    it('publishes with a constant number of statements, whatever the number of products', async () => {
      const counter = countQueries(dataSource);
      const [, one] = await counter.count(() =>
        dataSource.transaction((manager) => publisher.abstractProductsChanged(manager, skus.slice(0, 1))),
      );
      const [, all] = await counter.count(() =>
        dataSource.transaction((manager) => publisher.abstractProductsChanged(manager, skus)),
      );
      expect(all).toBe(one);
    });
  });

  it('rebuilds the same documents from scratch', async () => {
    const before = await snapshot(dataSource);
    expect(before.size).toBeGreaterThan(skus.length * 4);
    await dataSource.query('TRUNCATE catalog_storage');
    expect(await publisher.publishAll(() => undefined, 3)).toBe(skus.length);
    expect(await snapshot(dataSource)).toEqual(before);
  });

  it('npm start publishes a catalog that has no documents yet (a database from before the read model), and only then', async () => {
    const before = await snapshot(dataSource);
    await dataSource.query('TRUNCATE catalog_storage');
    expect(await publishCatalogIfUnpublished(database.url)).toBe(skus.length);
    expect(await snapshot(dataSource)).toEqual(before);
    expect(await publishCatalogIfUnpublished(database.url)).toBeNull();
  });
});
