import { Test, type TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { DatabaseModule } from '#zed-facades/database';
import { createSpecDatabase, type SpecDatabase } from '../../../../test/support/spec-database.js';
import { UrlFacade } from './url.facade.js';
import { UrlModule } from './url.module.js';

describe('UrlFacade', () => {
  let database: SpecDatabase;
  let moduleRef: TestingModule;
  let facade: UrlFacade;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createSpecDatabase({ seed: true });
    moduleRef = await Test.createTestingModule({
      imports: [DatabaseModule.forRoot({ url: database.url }), UrlModule],
    }).compile();
    facade = moduleRef.get(UrlFacade);
    dataSource = moduleRef.get(DataSource);
  }, 60_000);

  afterAll(async () => {
    await moduleRef?.close();
    await database?.drop();
  });

  it('resolves the URL of an abstract product in either locale', async () => {
    const rows = await dataSource.query<{ url: string }[]>(
      `SELECT a.url FROM product_abstract_localized_attributes a
       JOIN product_abstract p ON p.id_product_abstract = a.fk_product_abstract WHERE p.sku = '001' ORDER BY a.url`,
    );
    expect(rows).toHaveLength(2);
    for (const { url } of rows) {
      expect(await facade.findUrlTarget(url)).toEqual({ entityType: 'abstract-product', sku: '001' });
    }
  });

  it('resolves a category URL to its node, and the root URL to the root node', async () => {
    expect(await facade.findUrlTarget('/en/computers')).toEqual({
      entityType: 'category-node',
      idCategoryNode: 2,
    });
    expect(await facade.findUrlTarget('/de/computers')).toEqual({
      entityType: 'category-node',
      idCategoryNode: 2,
    });
    expect(await facade.findUrlTarget('/en')).toEqual({ entityType: 'category-node', idCategoryNode: 1 });
  });

  it('answers null for an unknown URL and for an inactive product or category', async () => {
    expect(await facade.findUrlTarget('/en/nothing-here')).toBeNull();
    await dataSource.query("UPDATE category SET is_active = false WHERE category_key = 'monitors'");
    expect(await facade.findUrlTarget('/en/monitors')).toBeNull();
    const [row] = await dataSource.query<{ url: string }[]>(
      `SELECT a.url FROM product_abstract_localized_attributes a
       JOIN product_abstract p ON p.id_product_abstract = a.fk_product_abstract WHERE p.sku = '002' LIMIT 1`,
    );
    await dataSource.query("UPDATE product_abstract SET is_active = false WHERE sku = '002'");
    expect(await facade.findUrlTarget(row?.url ?? '')).toBeNull();
  });
});
