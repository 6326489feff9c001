import { Test, type TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { DatabaseModule } from '#zed-facades/database';
import { countQueries, type QueryCounter } from '../../../../test/support/query-counter.js';
import { createSpecDatabase, type SpecDatabase } from '../../../../test/support/spec-database.js';
import { ProductAttributeFacade } from './product-attribute.facade.js';
import { ProductAttributeModule } from './product-attribute.module.js';

describe('ProductAttributeFacade', () => {
  let database: SpecDatabase;
  let moduleRef: TestingModule;
  let facade: ProductAttributeFacade;
  let counter: QueryCounter;

  beforeAll(async () => {
    database = await createSpecDatabase({ seed: true });
    moduleRef = await Test.createTestingModule({
      imports: [DatabaseModule.forRoot({ url: database.url }), ProductAttributeModule],
    }).compile();
    facade = moduleRef.get(ProductAttributeFacade);
    counter = countQueries(moduleRef.get(DataSource));
  }, 60_000);

  afterAll(async () => {
    await moduleRef?.close();
    await database?.drop();
  });

  it('finds attributes by key with their translations and values in one query', async () => {
    const [found, statements] = await counter.count(() =>
      facade.findProductManagementAttributesByKeys(['color', 'brand', 'nope']),
    );
    expect(statements).toBe(1);
    expect(found.map((attribute) => attribute.key)).toEqual(['brand', 'color']);
    const [brand, color] = found;
    expect(brand).toMatchObject({ inputType: 'text', allowInput: true, isSuper: false });
    expect(brand?.values.map((value) => value.localizedValues)).toEqual(brand?.values.map(() => []));
    expect(color).toMatchObject({
      inputType: 'select',
      allowInput: false,
      isSuper: true,
      localizedKeys: [
        { localeName: 'de_DE', translation: 'Farbe' },
        { localeName: 'en_US', translation: 'Color' },
      ],
    });
    expect(color?.values[0]).toEqual({
      value: 'Black',
      localizedValues: [
        { localeName: 'de_DE', translation: 'Schwarz' },
        { localeName: 'en_US', translation: 'Black' },
      ],
    });
  });

  it('covers every attribute key the demo products carry', async () => {
    const page = await facade.getProductManagementAttributes(0, 100);
    expect(page.total).toBe(7);
    expect(page.attributes.map((attribute) => attribute.key)).toEqual([
      'brand',
      'color',
      'material',
      'model',
      'size',
      'storage_capacity',
      'warranty',
    ]);
    expect((await facade.getProductManagementAttributes(5, 10)).attributes.map((a) => a.key)).toEqual([
      'storage_capacity',
      'warranty',
    ]);
    expect(await facade.getProductManagementAttributes(50, 10)).toEqual({ attributes: [], total: 7 });
  });
});
