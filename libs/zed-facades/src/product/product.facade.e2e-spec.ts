import { Test, type TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { DatabaseModule } from '#zed-facades/database';
import { countQueries, type QueryCounter } from '../../../../test/support/query-counter.js';
import { rejectionOf } from '../../../../test/support/rejection.js';
import { createSpecDatabase, type SpecDatabase } from '../../../../test/support/spec-database.js';
import { ProductErrorCode, ProductException } from './product.exception.js';
import { ProductFacade } from './product.facade.js';
import { ProductModule } from './product.module.js';
import type { ProductCreateInput } from './transfer/product.transfer.js';

const newProduct: ProductCreateInput = {
  sku: 'spec-100',
  attributes: { brand: 'Specware' },
  localizedAttributes: [
    { locale: 'en_US', name: 'Spec Widget', description: 'A widget.' },
    { locale: 'de_DE', name: 'Spec-Gerät' },
  ],
  concreteProducts: [
    {
      sku: 'spec-100_1',
      attributes: { color: 'Black' },
      localizedAttributes: [{ locale: 'en_US', name: 'Black' }],
    },
    { sku: 'spec-100_2', attributes: { color: 'White' } },
  ],
};

describe('ProductFacade', () => {
  let database: SpecDatabase;
  let moduleRef: TestingModule;
  let facade: ProductFacade;
  let dataSource: DataSource;
  let counter: QueryCounter;

  const countRows = async (): Promise<number[]> =>
    Promise.all(
      ['product_abstract', 'product_concrete', 'product_abstract_localized_attributes'].map(async (table) => {
        const [row] = await dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM ${table}`);
        return Number(row?.n);
      }),
    );

  beforeAll(async () => {
    database = await createSpecDatabase({ seed: true });
    moduleRef = await Test.createTestingModule({
      imports: [DatabaseModule.forRoot({ url: database.url }), ProductModule],
    }).compile();
    facade = moduleRef.get(ProductFacade);
    dataSource = moduleRef.get(DataSource);
    // Count statements per facade call to prove reads are batch-shaped.
    counter = countQueries(dataSource);
  }, 60_000);

  afterAll(async () => {
    await moduleRef?.close();
    await database?.drop();
  });

  it('creates a product with its concretes and reads it back in every shape', async () => {
    const created = await facade.createProduct(newProduct);
    expect(created).toMatchObject({
      sku: 'spec-100',
      isActive: true,
      attributes: { brand: 'Specware' },
      localizedAttributes: [
        { locale: 'de_DE', name: 'Spec-Gerät', description: null },
        { locale: 'en_US', name: 'Spec Widget', description: 'A widget.' },
      ],
      concreteProducts: [
        { sku: 'spec-100_1', isActive: true, isDiscontinued: false, attributes: { color: 'Black' } },
        { sku: 'spec-100_2', attributes: { color: 'White' }, localizedAttributes: [] },
      ],
    });
    expect(await facade.findProductBySku('spec-100')).toEqual(created);

    const [abstract] = await facade.findAbstractProductsBySkus(['spec-100'], 'de_DE');
    expect(abstract).toMatchObject({ name: 'Spec-Gerät', superAttributes: { color: ['Black', 'White'] } });
    const [concrete] = await facade.findConcreteProductsBySkus(['spec-100_2'], 'en_US');
    // No own texts: the abstract's name applies; abstract attributes merge under the concrete's own.
    expect(concrete).toMatchObject({
      name: 'Spec Widget',
      abstractSku: 'spec-100',
      attributes: { brand: 'Specware', color: 'White' },
      superAttributeKeys: ['color'],
    });
  });

  it('reads backend concretes by sku, every locale, in one query whatever the number of skus', async () => {
    const [created] = (await facade.findProductBySku('spec-100'))?.concreteProducts ?? [];
    const [one, oneQuery] = await counter.count(() => facade.findProductConcretesBySkus(['spec-100_1']));
    expect(oneQuery).toBe(1);
    // The same transfer as the product's hydration builds, so both backend reads agree.
    expect(one).toEqual([created]);
    expect(one[0]).toMatchObject({
      sku: 'spec-100_1',
      abstractSku: 'spec-100',
      attributes: { color: 'Black' },
      localizedAttributes: [{ locale: 'en_US', name: 'Black', description: null }],
    });
    expect(one[0]?.idProductConcrete).toEqual(expect.any(Number));

    const seeded = (
      await dataSource.query<{ sku: string }[]>('SELECT sku FROM product_concrete ORDER BY sku LIMIT 30')
    ).map((row) => row.sku);
    const [many, manyQueries] = await counter.count(() =>
      facade.findProductConcretesBySkus([...seeded, 'unknown', 'spec-100_2', seeded[0] ?? '']),
    );
    expect(manyQueries).toBe(1);
    expect(many.map((concrete) => concrete.sku)).toEqual([...seeded, 'spec-100_2', seeded[0]]);
    expect(many[0]?.localizedAttributes.map((text) => text.locale)).toEqual(['de_DE', 'en_US']);
    expect(many.at(-2)?.localizedAttributes).toEqual([]);
    expect(await counter.count(() => facade.findProductConcretesBySkus([]))).toEqual([[], 0]);
  });

  it('reads storefront products by sku in one query whatever the number of skus', async () => {
    const measure = <T>(work: () => Promise<T>): Promise<[T, number]> => counter.count(work);
    const concreteSkus = (
      await dataSource.query<{ sku: string }[]>('SELECT sku FROM product_concrete ORDER BY sku LIMIT 20')
    ).map((row) => row.sku);
    const abstractSkus = concreteSkus.map((sku) => sku.split('_')[0] ?? sku);

    for (const skus of [concreteSkus.slice(0, 1), concreteSkus]) {
      const [concretes, concreteQueries] = await measure(() =>
        facade.findConcreteProductsBySkus(skus, 'de_DE'),
      );
      expect(concreteQueries).toBe(1);
      expect(concretes.map((concrete) => concrete.sku)).toEqual(skus);
      const [abstracts, abstractQueries] = await measure(() =>
        facade.findAbstractProductsBySkus(skus, 'de_DE'),
      );
      expect(abstractQueries).toBe(1);
      expect(abstracts).toEqual([]);
    }
    const [, abstractQueries] = await measure(() => facade.findAbstractProductsBySkus(abstractSkus, 'de_DE'));
    expect(abstractQueries).toBe(1);
    const [, byAbstractQueries] = await measure(() =>
      facade.getConcreteProductsByAbstractIds([1, 2, 3], 'de_DE'),
    );
    expect(byAbstractQueries).toBe(1);
    // Nothing to look up: no round trip at all.
    const [none, noQueries] = await measure(() => facade.findConcreteProductsBySkus([], 'de_DE'));
    expect([none, noQueries]).toEqual([[], 0]);

    // Input order with repeats, unknown skus omitted; texts fall back from concrete to abstract to null.
    const [last, first] = [concreteSkus[19] ?? '', concreteSkus[0] ?? ''];
    const reordered = await facade.findConcreteProductsBySkus([last, 'unknown', first, last], 'en_US');
    expect(reordered.map((concrete) => concrete.sku)).toEqual([last, first, last]);
    const [own] = await facade.findConcreteProductsBySkus(['spec-100_1'], 'de_DE');
    expect(own?.name).toBe('Spec-Gerät');
    expect(own?.createdAt).toBeInstanceOf(Date);
    const [unknownLocale] = await facade.findConcreteProductsBySkus(['spec-100_1'], 'fr_FR');
    expect(unknownLocale).toMatchObject({ sku: 'spec-100_1', name: null, description: null });
    const [abstract] = await facade.findAbstractProductsBySkus(['spec-100'], 'fr_FR');
    expect(abstract).toMatchObject({ name: null, url: null, attributes: { brand: 'Specware' } });
    expect(abstract?.concreteProducts.map((concrete) => concrete.sku)).toEqual(['spec-100_1', 'spec-100_2']);
  });

  it('writes concretes and their texts in a constant number of statements', async () => {
    const product = (sku: string, concretes: number): ProductCreateInput => ({
      sku,
      localizedAttributes: [{ locale: 'en_US', name: sku }],
      concreteProducts: Array.from({ length: concretes }, (_, index) => ({
        sku: `${sku}_${index}`,
        localizedAttributes: [
          { locale: 'en_US', name: `${sku} ${index}` },
          { locale: 'de_DE', name: `${sku} ${index}` },
        ],
      })),
    });
    const [two, twoStatements] = await counter.count(() => facade.createProduct(product('batch-2', 2)));
    const [twenty, twentyStatements] = await counter.count(() =>
      facade.createProduct(product('batch-20', 20)),
    );
    expect(two.concreteProducts).toHaveLength(2);
    expect(twenty.concreteProducts).toHaveLength(20);
    expect(twenty.concreteProducts[19]?.localizedAttributes.map((text) => text.locale)).toEqual([
      'de_DE',
      'en_US',
    ]);
    expect(twentyStatements).toBe(twoStatements);

    const replace = (concretes: number) =>
      facade.updateProduct('batch-2', { concreteProducts: product('batch-2', concretes).concreteProducts });
    const [, growToFour] = await counter.count(() => replace(4));
    const [grown, growToTwenty] = await counter.count(() => replace(20));
    expect(grown.concreteProducts).toHaveLength(20);
    // 2 → 4 keeps 2 concretes and adds 2; 4 → 20 keeps 4 and adds 16. Kept ones are updated one
    // statement each (their changed fields differ); new ones are batched, so only the kept count matters.
    expect(growToTwenty - growToFour).toBe(4 - 2);
  });

  it('rejects duplicate skus with a domain exception and writes nothing', async () => {
    const before = await countRows();
    const abstractTaken = await rejectionOf(
      facade.createProduct({ ...newProduct, sku: '001' }),
      ProductException,
    );
    expect(abstractTaken).toMatchObject({ code: ProductErrorCode.ABSTRACT_SKU_EXISTS, field: 'sku' });

    const [seeded] = await facade.findAbstractProductsBySkus(['002'], 'en_US');
    const takenConcreteSku = seeded?.concreteProducts[0]?.sku ?? '';
    const concreteTaken = await rejectionOf(
      facade.createProduct({
        ...newProduct,
        sku: 'spec-200',
        concreteProducts: [{ sku: 'spec-200_1' }, { sku: takenConcreteSku }],
      }),
      ProductException,
    );
    expect(concreteTaken).toMatchObject({
      code: ProductErrorCode.CONCRETE_SKU_EXISTS,
      field: 'concreteProducts.1.sku',
    });

    const duplicate = await rejectionOf(
      facade.createProduct({
        ...newProduct,
        sku: 'spec-300',
        concreteProducts: [{ sku: 'x' }, { sku: 'x' }],
      }),
      ProductException,
    );
    expect(duplicate).toMatchObject({
      code: ProductErrorCode.DUPLICATE_SKU_IN_INPUT,
      field: 'concreteProducts.1.sku',
    });

    const unknownLocale = await rejectionOf(
      facade.createProduct({
        ...newProduct,
        sku: 'spec-400',
        concreteProducts: [{ sku: 'spec-400_1' }],
        localizedAttributes: [
          { locale: 'en_US', name: 'ok' },
          { locale: 'fr_FR', name: 'non' },
        ],
      }),
      ProductException,
    );
    expect(unknownLocale).toMatchObject({
      code: ProductErrorCode.UNKNOWN_LOCALE,
      field: 'localizedAttributes.1.locale',
    });
    expect(await countRows()).toEqual(before);
  });

  it('turns a concurrent duplicate into a domain exception, not a database error', async () => {
    const input = { ...newProduct, sku: 'spec-race', concreteProducts: [{ sku: 'spec-race_1' }] };
    const results = await Promise.allSettled([facade.createProduct(input), facade.createProduct(input)]);
    const rejected = results.filter(
      (result): result is PromiseRejectedResult => result.status === 'rejected',
    );
    expect(rejected).toHaveLength(1);
    // Which check the loser trips depends on when the winner commits: the abstract sku (pre-check
    // or unique index) or, when the winner commits between the loser's two pre-checks, the concrete.
    expect(rejected[0]?.reason).toBeInstanceOf(ProductException);
    expect([ProductErrorCode.ABSTRACT_SKU_EXISTS, ProductErrorCode.CONCRETE_SKU_EXISTS]).toContain(
      (rejected[0]?.reason as ProductException).code,
    );
  });

  it('updates a product, replacing its concrete set and the given locales', async () => {
    const before = await facade.findProductBySku('spec-100');
    const updated = await facade.updateProduct('spec-100', {
      isActive: false,
      localizedAttributes: [{ locale: 'de_DE', name: 'Spec-Gerät 2', description: 'Neu.' }],
      concreteProducts: [
        { sku: 'spec-100_2', isDiscontinued: true, localizedAttributes: [{ locale: 'de_DE', name: 'Weiß' }] },
        { sku: 'spec-100_3', attributes: { color: 'Red' } },
      ],
    });
    expect(updated.isActive).toBe(false);
    expect(updated.localizedAttributes).toEqual([
      { locale: 'de_DE', name: 'Spec-Gerät 2', description: 'Neu.' },
      { locale: 'en_US', name: 'Spec Widget', description: 'A widget.' },
    ]);
    expect(updated.concreteProducts).toMatchObject([
      {
        sku: 'spec-100_2',
        isDiscontinued: true,
        attributes: { color: 'White' },
        localizedAttributes: [{ name: 'Weiß' }],
      },
      { sku: 'spec-100_3', attributes: { color: 'Red' } },
    ]);
    expect(updated.updatedAt.getTime()).toBeGreaterThan(before?.updatedAt.getTime() ?? Infinity);
    expect(await facade.findConcreteProductsBySkus(['spec-100_1'], 'en_US')).toEqual([]);

    const missing = await rejectionOf(
      facade.updateProduct('no-such-sku', { isActive: true }),
      ProductException,
    );
    expect(missing.code).toBe(ProductErrorCode.PRODUCT_NOT_FOUND);
  });

  it('deletes a product together with its concretes, prices and stock', async () => {
    const [seeded] = await facade.findAbstractProductsBySkus(['003'], 'en_US');
    const concreteIds = seeded?.concreteProducts.map((concrete) => concrete.idProductConcrete) ?? [];
    expect(concreteIds.length).toBeGreaterThanOrEqual(2);

    await facade.deleteProduct('003');
    expect(await facade.findProductBySku('003')).toBeNull();
    const [leftovers] = await dataSource.query<{ n: string }[]>(
      `SELECT (SELECT count(*) FROM product_concrete WHERE id_product_concrete = ANY($1))
            + (SELECT count(*) FROM price_product WHERE fk_product_concrete = ANY($1) OR fk_product_abstract = $2)
            + (SELECT count(*) FROM stock_product WHERE fk_product_concrete = ANY($1)) AS n`,
      [concreteIds, seeded?.idProductAbstract],
    );
    expect(Number(leftovers?.n)).toBe(0);
    expect((await rejectionOf(facade.deleteProduct('003'), ProductException)).code).toBe(
      ProductErrorCode.PRODUCT_NOT_FOUND,
    );
  });

  it('pages ids first with sorting, filtering and a total', async () => {
    const page = await facade.getAbstractProductPage(
      { offset: 10, limit: 5, sort: [{ field: 'name', direction: 'asc' }], filter: { isActive: true } },
      'en_US',
    );
    const wider = await facade.getAbstractProductPage(
      { offset: 0, limit: 15, sort: [{ field: 'name', direction: 'asc' }], filter: { isActive: true } },
      'en_US',
    );
    expect(page.items.map((item) => item.sku)).toEqual(wider.items.slice(10).map((item) => item.sku));
    // Demo names start with a capitalised brand, so first letters order the same under any collation.
    const initials = wider.items.map((item) => item.name?.charAt(0) ?? '');
    expect(initials).toEqual([...initials].sort());
    expect(page.total).toBeGreaterThanOrEqual(200);

    const bySku = await facade.getConcreteProductPage(
      {
        offset: 0,
        limit: 3,
        sort: [{ field: 'sku', direction: 'desc' }],
        filter: { skus: ['spec-100_2', 'spec-100_3', 'unknown'] },
      },
      'de_DE',
    );
    expect(bySku.total).toBe(2);
    expect(bySku.items.map((item) => [item.sku, item.name])).toEqual([
      ['spec-100_3', 'Spec-Gerät 2'],
      ['spec-100_2', 'Weiß'],
    ]);

    const pastTheEnd = await facade.getProductPage({ offset: 10_000, limit: 10, sort: [] });
    expect(pastTheEnd.items).toEqual([]);
    expect(pastTheEnd.total).toBe(page.total + 1); // + the inactive spec-100
  });
});
