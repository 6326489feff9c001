import { Test, type TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { DatabaseModule } from '#zed-facades/database';
import { countQueries, type QueryCounter } from '../../../../test/support/query-counter.js';
import { createSpecDatabase, type SpecDatabase } from '../../../../test/support/spec-database.js';
import { ProductLabelFacade } from './product-label.facade.js';
import { ProductLabelModule } from './product-label.module.js';

describe('ProductLabelFacade', () => {
  let database: SpecDatabase;
  let moduleRef: TestingModule;
  let facade: ProductLabelFacade;
  let dataSource: DataSource;
  let counter: QueryCounter;

  const abstractIds = async (skus: readonly string[]): Promise<number[]> => {
    const rows = await dataSource.query<{ id: number }[]>(
      'SELECT id_product_abstract AS id FROM product_abstract WHERE sku = ANY($1::text[]) ORDER BY sku',
      [[...skus]],
    );
    return rows.map((row) => row.id);
  };

  beforeAll(async () => {
    database = await createSpecDatabase({ seed: true });
    moduleRef = await Test.createTestingModule({
      imports: [DatabaseModule.forRoot({ url: database.url }), ProductLabelModule],
    }).compile();
    facade = moduleRef.get(ProductLabelFacade);
    dataSource = moduleRef.get(DataSource);
    counter = countQueries(dataSource);
  }, 60_000);

  afterAll(async () => {
    await moduleRef?.close();
    await database?.drop();
  });

  it('finds shown labels by id in the locale, leaving out expired, inactive and unknown ones', async () => {
    expect(
      await facade.findProductLabelsByIds(['1', '2', '3', '4', '5', '999', 'abc', '2147483648'], 'de_DE'),
    ).toEqual([
      { idProductLabel: 1, name: 'Neu', isExclusive: false, position: 1, frontEndReference: 'new' },
      { idProductLabel: 2, name: 'Sale', isExclusive: false, position: 2, frontEndReference: 'sale' },
      { idProductLabel: 3, name: 'Exklusiv', isExclusive: true, position: 3, frontEndReference: 'exclusive' },
    ]);
  });

  it('hides a label outside its validity window and shows it again inside', async () => {
    await dataSource.query(
      "UPDATE product_label SET valid_from = now() + interval '1 day', valid_to = NULL WHERE id_product_label = 1",
    );
    expect(await facade.findProductLabelsByIds(['1'], 'en_US')).toEqual([]);
    await dataSource.query(
      "UPDATE product_label SET valid_from = now() - interval '1 day', valid_to = now() + interval '1 day' WHERE id_product_label = 1",
    );
    expect(await facade.findProductLabelsByIds(['1'], 'en_US')).toMatchObject([{ name: 'New' }]);
  });

  it('loads the labels of many abstract products in one query, ordered by position', async () => {
    const [id001, id002, id010] = await abstractIds(['001', '002', '010']);
    const [labels, statements] = await counter.count(() =>
      facade.getProductLabelsByAbstractIds([id001 ?? 0, id002 ?? 0, id010 ?? 0, 999_999], 'en_US'),
    );
    expect(statements).toBe(1);
    expect(labels.get(id001 ?? 0)?.map((label) => label.name)).toEqual(['New', 'Sale']);
    expect(labels.get(id002 ?? 0)).toEqual([]);
    expect(labels.get(id010 ?? 0)?.map((label) => label.name)).toEqual(['Exclusive']);
    expect(labels.get(999_999)).toEqual([]);
  });
});
