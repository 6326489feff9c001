import { Test, type TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { CategoryFacade, CategoryModule } from '#zed-facades/category';
import {
  PriceProductErrorCode,
  PriceProductException,
  PriceProductFacade,
  PriceProductModule,
  type StorePriceTransfer,
} from '#zed-facades/price-product';
import { ProductFacade, ProductModule } from '#zed-facades/product';
import { ProductImageFacade, ProductImageModule } from '#zed-facades/product-image';
import { StockFacade, StockModule } from '#zed-facades/stock';
import { StoreFacade, StoreModule } from '#zed-facades/store';
import { countQueries, type QueryCounter } from '../../../../test/support/query-counter.js';
import { rejectionOf } from '../../../../test/support/rejection.js';
import { createSpecDatabase, type SpecDatabase } from '../../../../test/support/spec-database.js';
import { DatabaseModule } from './database.module.js';
import { buildDemoCatalog } from './seed/demo-catalog.js';
import { seedDemoData } from './seed/demo-data.seeder.js';

describe('catalog facades over the demo data', () => {
  let database: SpecDatabase;
  let moduleRef: TestingModule;
  let counter: QueryCounter;

  beforeAll(async () => {
    database = await createSpecDatabase();
    moduleRef = await Test.createTestingModule({
      imports: [
        DatabaseModule.forRoot({ url: database.url }),
        CategoryModule,
        PriceProductModule,
        ProductImageModule,
        ProductModule,
        StockModule,
        StoreModule,
      ],
    }).compile();
    const dataSource = moduleRef.get(DataSource);
    await seedDemoData(dataSource);
    // Count statements per facade call to prove reads are batch-shaped.
    counter = countQueries(dataSource);
  }, 60_000);

  afterAll(async () => {
    await moduleRef?.close();
    await database?.drop();
  });

  it('builds the same demo catalog every time', () => {
    expect(buildDemoCatalog()).toEqual(buildDemoCatalog());
  });

  it('lists the stores with locales, currencies and countries', async () => {
    const stores = moduleRef.get(StoreFacade);
    expect(await stores.getStores()).toEqual([
      expect.objectContaining({
        name: 'AT',
        timezone: 'Europe/Vienna',
        locales: ['de_DE', 'en_US'],
        countries: ['AT', 'DE', 'CH'].map((iso2Code) => expect.objectContaining({ iso2Code })),
      }),
      expect.objectContaining({
        name: 'DE',
        defaultLocale: 'de_DE',
        defaultCurrency: 'EUR',
        currencies: [
          { code: 'EUR', name: 'Euro', symbol: '€', fractionDigits: 2 },
          { code: 'CHF', name: 'Swiss Franc', symbol: 'CHF', fractionDigits: 2 },
        ],
      }),
    ]);
    expect(await stores.findStoreByName('XX')).toBeNull();
    expect(await stores.getLocaleNames()).toEqual(['de_DE', 'en_US']);
  });

  it('hydrates a page of products with prices, stock, images and categories in a constant number of queries', async () => {
    const products = moduleRef.get(ProductFacade);
    const measure = <T>(work: () => Promise<T>): Promise<[T, number]> => counter.count(work);

    const [small, smallQueries] = await measure(() =>
      products.getAbstractProductPage(
        { offset: 0, limit: 2, sort: [{ field: 'createdAt', direction: 'desc' }] },
        'de_DE',
      ),
    );
    const [page, pageQueries] = await measure(() =>
      products.getAbstractProductPage(
        { offset: 0, limit: 50, sort: [{ field: 'createdAt', direction: 'desc' }] },
        'de_DE',
      ),
    );
    expect(pageQueries).toBe(smallQueries);
    expect(small.items.map((item) => item.sku)).toEqual(['210', '209']);
    const first = page.items[0];
    expect(first).toMatchObject({ sku: '210', isActive: true });
    expect(first?.name).toMatch(/\S+ \S+ \d+/);
    expect(Object.keys(first?.superAttributes ?? {}).length).toBeGreaterThan(0);

    const ids = page.items.map((item) => item.idProductAbstract);
    const [prices, priceQueries] = await measure(() =>
      moduleRef.get(PriceProductFacade).getAbstractPrices(ids, 'DE', 'EUR'),
    );
    expect(priceQueries).toBe(1);
    const firstPrices = prices.get(ids[0] ?? 0) ?? [];
    expect(firstPrices[0]).toMatchObject({
      priceTypeName: 'DEFAULT',
      currency: { code: 'EUR', symbol: '€' },
    });
    expect(firstPrices[0]?.netAmount).toBe(Math.round((firstPrices[0]?.grossAmount ?? 0) / 1.19));

    // Concretes inherit the ORIGINAL price of their abstract (every fourth demo abstract has one).
    const [withOriginal] = await products.findAbstractProductsBySkus(['001'], 'en_US');
    const concreteId = withOriginal?.concreteProducts[0]?.idProductConcrete ?? 0;
    const priceFacade = moduleRef.get(PriceProductFacade);
    const [concretePrices, concreteQueries] = await measure(() =>
      priceFacade.getConcretePrices([concreteId], 'DE', 'CHF'),
    );
    expect(concreteQueries).toBe(1);
    expect(
      concretePrices.get(concreteId)?.map((price) => `${price.currency.code}/${price.priceTypeName}`),
    ).toEqual(['CHF/DEFAULT', 'CHF/ORIGINAL']);
    // Without a currency: the store's default one (EUR in DE), as Glue's current currency.
    const defaultPrices = await priceFacade.getConcretePrices([concreteId], 'DE');
    expect(defaultPrices.get(concreteId)?.map((price) => price.currency.code)).toEqual(['EUR', 'EUR']);

    const [availability, stockQueries] = await measure(() =>
      moduleRef.get(StockFacade).getAbstractAvailabilities(ids, 'AT'),
    );
    expect(stockQueries).toBe(1);
    expect(availability.size).toBe(ids.length);
    // Not only the pre-filled defaults: the demo stock gives products of the page a real quantity in AT.
    expect([...availability.values()].some((entry) => entry.isAvailable && entry.quantity > 0)).toBe(true);

    const images = await moduleRef.get(ProductImageFacade).getAbstractImageSets(ids, 'en_US');
    expect(images.get(ids[0] ?? 0)?.[0]).toMatchObject({
      name: 'default',
      images: expect.arrayContaining([
        {
          externalUrlLarge: 'https://images.glue.example/products/210/large-1.jpg',
          externalUrlSmall: 'https://images.glue.example/products/210/small-1.jpg',
        },
      ]),
    });

    const categories = await moduleRef.get(CategoryFacade).getCategoryNodesByAbstractIds(ids, 'de_DE');
    expect(ids.every((id) => (categories.get(id)?.length ?? 0) >= 1)).toBe(true);
  });

  it('reads category nodes by id with their parents (nearest first) and children, in one query', async () => {
    const categories = moduleRef.get(CategoryFacade);
    const [nodes, queries] = await counter.count(() =>
      categories.findCategoryNodesByIds(['3', '999999', 'abc', '2147483648', '2'], 'en_US'),
    );
    expect(queries).toBe(1);
    expect(nodes.map((node) => [node.idCategoryNode, node.name])).toEqual([
      [3, 'Notebooks'],
      [2, 'Computers'],
    ]);
    const [notebooks, computers] = nodes;
    expect(notebooks?.parents.map((node) => node.name)).toEqual(['Computers', 'Catalog']);
    expect(notebooks?.children).toEqual([]);
    expect(computers?.parents.map((node) => node.categoryKey)).toEqual(['root']);
    expect(computers?.children.map((node) => node.name)).toEqual(['Notebooks', 'Desktop PCs', 'Monitors']);
    expect(await categories.findCategoryNodesByIds([], 'en_US')).toEqual([]);
  });

  it("reads products' category nodes in assignment order with their relatives, in one query", async () => {
    const products = await moduleRef.get(ProductFacade).findAbstractProductsBySkus(['001', '003'], 'de_DE');
    const ids = products.map((product) => product.idProductAbstract);
    const [nodes, queries] = await counter.count(() =>
      moduleRef.get(CategoryFacade).getCategoryNodesByAbstractIds([...ids, -1], 'de_DE'),
    );
    expect(queries).toBe(1);
    const [first, third] = ids.map((id) => nodes.get(id) ?? []);
    expect(first?.map((node) => node.name)).toEqual(['Notebooks']);
    // 003 is a monitor also placed in its top category: subcategory first, as assigned.
    expect(third?.map((node) => node.name)).toEqual(['Monitore', 'Computer']);
    expect(third?.[0]?.parents.map((node) => node.name)).toEqual(['Computer', 'Katalog']);
    expect(third?.[1]?.children.map((node) => node.categoryKey)).toEqual([
      'notebooks',
      'desktop-pcs',
      'monitors',
    ]);
    expect(nodes.get(-1)).toEqual([]);
  });

  it('reads every price and every stock row of many products in one query each (the back office view)', async () => {
    const [product] = await moduleRef.get(ProductFacade).findAbstractProductsBySkus(['001'], 'en_US');
    const idAbstract = product?.idProductAbstract ?? 0;
    const [concrete] = product?.concreteProducts ?? [];
    const idConcrete = concrete?.idProductConcrete ?? 0;
    const prices = moduleRef.get(PriceProductFacade);
    const manyAbstracts = Array.from({ length: 100 }, (_, index) => idAbstract + index);

    const [one, oneQuery] = await counter.count(() => prices.getAbstractPricesOfEveryStore([idAbstract]));
    const [many, manyQueries] = await counter.count(() =>
      prices.getAbstractPricesOfEveryStore(manyAbstracts),
    );
    expect([oneQuery, manyQueries]).toEqual([1, 1]);
    expect(many.size).toBe(100);
    // Demo 001: DEFAULT 830.99 EUR and ORIGINAL 1038.99 EUR; CHF is the EUR amount × 1.07, rounded to …99.
    const summary = (price: StorePriceTransfer): string =>
      `${price.storeName}/${price.currency.code}/${price.priceTypeName}/${price.grossAmount}/${price.netAmount}/${price.isInherited}`;
    expect(one.get(idAbstract)?.map(summary)).toEqual([
      'AT/EUR/DEFAULT/83099/69831/false',
      'AT/EUR/ORIGINAL/103899/87310/false',
      'DE/CHF/DEFAULT/88899/74705/false',
      'DE/CHF/ORIGINAL/111199/93445/false',
      'DE/EUR/DEFAULT/83099/69831/false',
      'DE/EUR/ORIGINAL/103899/87310/false',
    ]);
    expect(many.get(idAbstract)).toEqual(one.get(idAbstract));

    // The concrete's own DEFAULT prices; ORIGINAL comes from its abstract, marked as inherited.
    const [concretePrices, concreteQueries] = await counter.count(() =>
      prices.getConcretePricesOfEveryStore([idConcrete, idConcrete + 1]),
    );
    expect(concreteQueries).toBe(1);
    expect(concretePrices.get(idConcrete)?.map(summary)).toEqual([
      'AT/EUR/DEFAULT/83099/69831/false',
      'AT/EUR/ORIGINAL/103899/87310/true',
      'DE/CHF/DEFAULT/88899/74705/false',
      'DE/CHF/ORIGINAL/111199/93445/true',
      'DE/EUR/DEFAULT/83099/69831/false',
      'DE/EUR/ORIGINAL/103899/87310/true',
    ]);

    const stock = moduleRef.get(StockFacade);
    const ids = product?.concreteProducts.map((item) => item.idProductConcrete) ?? [];
    const [rows, stockQueries] = await counter.count(() => stock.getStockProducts([...ids, 999_999]));
    expect(stockQueries).toBe(1);
    expect(rows.get(999_999)).toEqual([]);
    // 001_48660485: 70 in Warehouse1, none in Warehouse2 (the demo seed writes both rows).
    expect(rows.get(idConcrete)).toEqual([
      { warehouseName: 'Warehouse1', isWarehouseActive: true, quantity: 70, isNeverOutOfStock: false },
      { warehouseName: 'Warehouse2', isWarehouseActive: true, quantity: 0, isNeverOutOfStock: false },
    ]);
    const [, manyStockQueries] = await counter.count(() =>
      stock.getStockProducts(Array.from({ length: 300 }, (_, index) => index + 1)),
    );
    expect(manyStockQueries).toBe(1);
  });

  it('reads prices in one currency the store offers, in one query even when it refuses one', async () => {
    const prices = moduleRef.get(PriceProductFacade);
    const [product] = await moduleRef.get(ProductFacade).findAbstractProductsBySkus(['001'], 'en_US');
    const id = product?.idProductAbstract ?? 0;
    const unknownId = 2_000_000_000;

    const eur = await prices.getAbstractPrices([id, unknownId], 'AT');
    expect(eur.get(id)).toEqual([
      expect.objectContaining({
        priceTypeName: 'DEFAULT',
        currency: { code: 'EUR', name: 'Euro', symbol: '€' },
      }),
      expect.objectContaining({ priceTypeName: 'ORIGINAL' }),
    ]);
    expect(eur.get(unknownId)).toEqual([]);

    // AT offers EUR only; the refusal costs the same single statement as an answer.
    const [refusal, refusalQueries] = await counter.count(() =>
      rejectionOf(prices.getAbstractPrices([id], 'AT', 'CHF'), PriceProductException),
    );
    expect(refusal).toMatchObject({
      code: PriceProductErrorCode.CURRENCY_NOT_IN_STORE,
      field: 'currencyCode',
    });
    expect(refusalQueries).toBe(1);
    expect((await rejectionOf(prices.getConcretePrices([1], 'DE', 'USD'), PriceProductException)).code).toBe(
      PriceProductErrorCode.CURRENCY_NOT_IN_STORE,
    );
    // An offered currency without any price is an empty list, not a refusal.
    expect((await prices.getConcretePrices([unknownId], 'DE', 'CHF')).get(unknownId)).toEqual([]);
  });

  it('returns the category tree under one root', async () => {
    const [root, ...others] = await moduleRef.get(CategoryFacade).getCategoryTree('en_US');
    expect(others).toEqual([]);
    expect(root).toMatchObject({ categoryKey: 'root', isRoot: true, parentNodeId: null });
    expect(root?.children.map((child) => child.categoryKey)).toEqual([
      'computers',
      'cameras',
      'smartphones',
      'tablets',
      'wearables',
      'audio',
    ]);
    expect(root?.children[0]?.children.map((child) => child.name)).toEqual([
      'Notebooks',
      'Desktop PCs',
      'Monitors',
    ]);
  });
});
