import { Test, type TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { DatabaseModule } from '#zed-facades/database';
import { countQueries, type QueryCounter } from '../../../../test/support/query-counter.js';
import { createSpecDatabase, type SpecDatabase } from '../../../../test/support/spec-database.js';
import { TaxFacade } from './tax.facade.js';
import { TaxModule } from './tax.module.js';

describe('TaxFacade', () => {
  let database: SpecDatabase;
  let moduleRef: TestingModule;
  let facade: TaxFacade;
  let dataSource: DataSource;
  let counter: QueryCounter;

  beforeAll(async () => {
    database = await createSpecDatabase({ seed: true });
    moduleRef = await Test.createTestingModule({
      imports: [DatabaseModule.forRoot({ url: database.url }), TaxModule],
    }).compile();
    facade = moduleRef.get(TaxFacade);
    dataSource = moduleRef.get(DataSource);
    counter = countQueries(dataSource);
  }, 60_000);

  afterAll(async () => {
    await moduleRef?.close();
    await database?.drop();
  });

  it('gives every demo product a tax set and loads them for many products in one query', async () => {
    const rows = await dataSource.query<{ id: number }[]>(
      'SELECT id_product_abstract AS id FROM product_abstract ORDER BY id_product_abstract',
    );
    const ids = rows.map((row) => row.id);
    const [sets, statements] = await counter.count(() => facade.getTaxSetsByAbstractIds([...ids, 999_999]));
    expect(statements).toBe(1);
    expect(sets.size).toBe(ids.length);
    expect(sets.has(999_999)).toBe(false);
    expect(new Set([...sets.values()].map((set) => set.name))).toEqual(
      new Set(['Standard Taxes', 'Reduced Taxes']),
    );
  });

  it('returns the rates per country as exact decimal strings', async () => {
    const [row] = await dataSource.query<{ id: number }[]>(
      "SELECT id_product_abstract AS id FROM product_abstract WHERE sku = '001'",
    );
    const set = (await facade.getTaxSetsByAbstractIds([row?.id ?? 0])).get(row?.id ?? 0);
    expect(set).toEqual({
      idTaxSet: expect.any(Number),
      uuid: '5f8b6c2e-3d1a-5b7e-9c4f-1a2b3c4d5e6f',
      name: 'Standard Taxes',
      taxRates: [
        { name: 'Austria Standard', rate: '20.00', countryIso2Code: 'AT' },
        { name: 'Germany Standard', rate: '19.00', countryIso2Code: 'DE' },
      ],
    });
  });

  it('refuses a rate outside 0–100 and a malformed country', async () => {
    await expect(
      dataSource.query("INSERT INTO tax_rate (name, rate, country_iso2_code) VALUES ('Bad', 100.01, 'DE')"),
    ).rejects.toThrow(/ck_tax_rate_rate/);
    await expect(
      dataSource.query("INSERT INTO tax_rate (name, rate, country_iso2_code) VALUES ('Bad', 5, 'de')"),
    ).rejects.toThrow(/ck_tax_rate_country/);
  });
});
