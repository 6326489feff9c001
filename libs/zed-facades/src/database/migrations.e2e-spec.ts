import { DataSource } from 'typeorm';
import { ALL_MIGRATIONS } from './all-migrations.js';
import { createDataSourceOptions, revertLastMigration, runMigrations } from './data-source.js';
import { seedDemoData } from './seed/demo-data.seeder.js';
import { createSpecDatabase, type SpecDatabase } from '../../../../test/support/spec-database.js';

async function count(dataSource: DataSource, sql: string): Promise<number> {
  const [row] = await dataSource.query<{ n: string }[]>(sql);
  return Number(row?.n);
}

describe('migrations and demo seed', () => {
  let database: SpecDatabase;

  beforeAll(async () => {
    // Not migrated: this spec runs (and reverts) the migrations itself.
    database = await createSpecDatabase({ migrate: false });
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('migrates up, seeds the demo catalog once, and migrates all the way down', async () => {
    const databaseUrl = database.url;
    const applied = await runMigrations(databaseUrl);
    expect(applied).toEqual(ALL_MIGRATIONS.map((migration) => migration.name));
    expect(await runMigrations(databaseUrl)).toEqual([]);

    const dataSource = await new DataSource(createDataSourceOptions(databaseUrl)).initialize();
    try {
      const started = performance.now();
      expect(await seedDemoData(dataSource)).toEqual({
        catalogSeeded: true,
        accountsSeeded: { backOffice: true, customer: true },
      });
      const seedMillis = performance.now() - started;
      expect(seedMillis).toBeLessThan(5000);

      const abstracts = await count(dataSource, 'SELECT count(*) AS n FROM product_abstract');
      expect(abstracts).toBeGreaterThanOrEqual(200);
      expect(
        await count(
          dataSource,
          'SELECT min(n) AS n FROM (SELECT count(*) AS n FROM product_concrete GROUP BY fk_product_abstract) c',
        ),
      ).toBeGreaterThanOrEqual(2);
      for (const locale of ['de_DE', 'en_US']) {
        expect(
          await count(
            dataSource,
            `SELECT count(*) AS n FROM product_abstract_localized_attributes a
             JOIN locale l ON l.id_locale = a.fk_locale WHERE l.locale_name = '${locale}'`,
          ),
        ).toBe(abstracts);
      }
      const concretes = await count(dataSource, 'SELECT count(*) AS n FROM product_concrete');
      expect(await count(dataSource, 'SELECT count(*) AS n FROM product_concrete_localized_attributes')).toBe(
        concretes * 2,
      );
      // DEFAULT prices: DE/EUR, DE/CHF and AT/EUR for every abstract and every concrete.
      expect(
        await count(dataSource, "SELECT count(*) AS n FROM price_product WHERE price_type = 'DEFAULT'"),
      ).toBe((abstracts + concretes) * 3);
      expect(await count(dataSource, 'SELECT count(*) AS n FROM stock_product')).toBe(concretes * 2);
      expect(
        await count(dataSource, 'SELECT count(DISTINCT fk_product_abstract) AS n FROM product_category'),
      ).toBe(abstracts);

      // The demo accounts: one admin, one customer DE--1 with one default address.
      expect(
        await dataSource.query('SELECT email, roles, is_active FROM back_office_user ORDER BY email'),
      ).toEqual([{ email: 'admin@example.com', roles: ['admin'], is_active: true }]);
      expect(
        await dataSource.query(
          `SELECT c.customer_reference, c.email, a.city, a.is_default_shipping, a.is_default_billing
           FROM customer c JOIN customer_address a ON a.fk_customer = c.id_customer`,
        ),
      ).toEqual([
        {
          customer_reference: 'DE--1',
          email: 'sonia@example.com',
          city: 'Berlin',
          is_default_shipping: true,
          is_default_billing: true,
        },
      ]);

      const tables = [
        'store',
        'product_abstract',
        'product_concrete',
        'price_product',
        'product_image',
        'back_office_user',
        'customer',
        'customer_address',
      ];
      const before = await Promise.all(
        tables.map((table) => count(dataSource, `SELECT count(*) AS n FROM ${table}`)),
      );
      expect(await seedDemoData(dataSource)).toEqual({
        catalogSeeded: false,
        accountsSeeded: { backOffice: false, customer: false },
      });
      const after = await Promise.all(
        tables.map((table) => count(dataSource, `SELECT count(*) AS n FROM ${table}`)),
      );
      expect(after).toEqual(before);
    } finally {
      await dataSource.destroy();
    }

    const reverted: string[] = [];
    for (
      let name = await revertLastMigration(databaseUrl);
      name !== null;
      name = await revertLastMigration(databaseUrl)
    ) {
      reverted.push(name);
    }
    expect(reverted).toEqual(ALL_MIGRATIONS.map((migration) => migration.name).reverse());
    const check = await new DataSource({ type: 'postgres', url: databaseUrl, poolSize: 1 }).initialize();
    try {
      const leftovers = await check.query<{ table_name: string }[]>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'typeorm_migrations'",
      );
      expect(leftovers).toEqual([]);
    } finally {
      await check.destroy();
    }
  }, 60_000);
});
