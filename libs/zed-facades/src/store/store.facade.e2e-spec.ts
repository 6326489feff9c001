import { Test, type TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { DatabaseModule } from '#zed-facades/database';
import { countQueries, type QueryCounter } from '../../../../test/support/query-counter.js';
import { createSpecDatabase, type SpecDatabase } from '../../../../test/support/spec-database.js';
import { StoreFacade } from './store.facade.js';
import { StoreModule } from './store.module.js';

describe('StoreFacade: countries', () => {
  let database: SpecDatabase;
  let moduleRef: TestingModule;
  let facade: StoreFacade;
  let counter: QueryCounter;

  beforeAll(async () => {
    database = await createSpecDatabase({ seed: true });
    moduleRef = await Test.createTestingModule({
      imports: [DatabaseModule.forRoot({ url: database.url }), StoreModule],
    }).compile();
    facade = moduleRef.get(StoreFacade);
    counter = countQueries(moduleRef.get(DataSource));
  }, 60_000);

  afterAll(async () => {
    await moduleRef?.close();
    await database?.drop();
  });

  it("reads every store with its countries in the store's order, regions included, in one statement", async () => {
    const [stores, statements] = await counter.count(() => facade.getStores());
    expect(statements).toBe(1);
    const de = stores.find((store) => store.name === 'DE');
    expect(de?.countries.map((country) => country.iso2Code)).toEqual(['DE', 'AT', 'US']);
    expect(de?.countries[0]).toEqual({
      iso2Code: 'DE',
      iso3Code: 'DEU',
      name: 'Germany',
      postalCodeMandatory: true,
      postalCodeRegex: '\\d{5}',
      regions: [],
    });
    const us = de?.countries[2];
    expect(us).toMatchObject({
      iso3Code: 'USA',
      name: 'United States',
      postalCodeRegex: '\\d{5}([ \\-]\\d{4})?',
    });
    expect(us?.regions).toHaveLength(51);
    expect(us?.regions.slice(0, 2)).toEqual([
      { iso2Code: 'US-AL', name: 'Alabama' },
      { iso2Code: 'US-AK', name: 'Alaska' },
    ]);
    expect((await facade.findStoreByName('AT'))?.countries.map((country) => country.iso2Code)).toEqual([
      'AT',
      'DE',
      'CH',
    ]);
  });

  it('finds countries by ISO code in any case, in one statement, leaving out codes of no country', async () => {
    const [countries, statements] = await counter.count(() => facade.findCountries(['ch', 'US', 'XX', 'us']));
    expect(statements).toBe(1);
    expect([...countries.keys()].sort()).toEqual(['CH', 'US']);
    expect(countries.get('CH')).toMatchObject({ iso3Code: 'CHE', name: 'Switzerland' });
    const [none, noStatements] = await counter.count(() => facade.findCountries([]));
    expect(none.size).toBe(0);
    expect(noStatements).toBe(0);
  });
});
