import request from 'supertest';
import { JSON_API, startStorefront, type RunningApplication } from '../support/applications.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

interface StoreDocument {
  readonly data: { readonly id: string; readonly attributes: Record<string, unknown> };
}

/** Glue's `stores` (StoresRestApi): shapes, countries from the commerce core, `601` for an unknown store. */
describe('storefront stores (StoresRestApi)', () => {
  let database: TestDatabase;
  let glue: RunningApplication;
  let strict: RunningApplication;

  const get = (application: RunningApplication, path: string) =>
    request(application.http).get(path).set('Accept', JSON_API);

  beforeAll(async () => {
    database = await createTestDatabase();
    [glue, strict] = await Promise.all([
      startStorefront(database.url),
      startStorefront(database.url, { glueCompatibility: false }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([glue?.app.close(), strict?.app.close()]);
    await database?.drop();
  });

  it("answers a store with Glue's attributes: time zone, currencies, locales by language, countries", async () => {
    const response = await get(glue, '/stores/DE').expect(200);
    const { data } = response.body as StoreDocument;
    expect(data.attributes).toEqual({
      name: 'DE',
      timeZone: 'Europe/Berlin',
      defaultLocale: 'de_DE',
      defaultCurrency: 'EUR',
      currencies: [
        { code: 'EUR', name: 'Euro', symbol: '€' },
        { code: 'CHF', name: 'Swiss Franc', symbol: 'CHF' },
      ],
      locales: [
        { code: 'de', name: 'de_DE' },
        { code: 'en', name: 'en_US' },
      ],
      countries: [
        {
          iso2Code: 'DE',
          iso3Code: 'DEU',
          name: 'Germany',
          postalCodeMandatory: true,
          postalCodeRegex: '\\d{5}',
          regions: [],
        },
        {
          iso2Code: 'AT',
          iso3Code: 'AUT',
          name: 'Austria',
          postalCodeMandatory: true,
          postalCodeRegex: '\\d{4}',
          regions: [],
        },
        expect.objectContaining({ iso2Code: 'US', iso3Code: 'USA', name: 'United States' }),
      ],
    });
    const us = (data.attributes['countries'] as { iso2Code: string; regions: unknown[] }[])[2];
    expect(us?.regions).toHaveLength(51);
    expect(us?.regions).toContainEqual({ iso2Code: 'US-CA', name: 'California' });
  });

  it('lists every store with its own countries, in both modes alike', async () => {
    for (const application of [glue, strict]) {
      const response = await get(application, '/stores').expect(200);
      const stores = response.body.data as StoreDocument['data'][];
      expect(stores.map((store) => store.id)).toEqual(['AT', 'DE']);
      const at = stores[0]?.attributes['countries'] as { iso2Code: string }[];
      expect(at.map((country) => country.iso2Code)).toEqual(['AT', 'DE', 'CH']);
    }
  });

  it("answers an unknown store in the path with 404 and Glue's code 601", async () => {
    for (const application of [glue, strict]) {
      const response = await get(application, '/stores/XX').expect(404);
      expect(response.body.errors).toEqual([
        expect.objectContaining({ status: '404', code: '601', detail: 'Store not found.' }),
      ]);
    }
  });

  it('answers an unknown Store header 404 code 601 in Glue mode, 400 code 601 strictly', async () => {
    await get(glue, '/stores').set('Store', 'AT').expect(200);
    const glueAnswer = await get(glue, '/stores').set('Store', 'XX').expect(404);
    expect(glueAnswer.body.errors).toEqual([
      expect.objectContaining({
        status: '404',
        code: '601',
        detail: 'Store not found.',
        source: { header: 'Store' },
      }),
    ]);
    const strictAnswer = await get(strict, '/stores').set('Store', 'XX').expect(400);
    expect(strictAnswer.body.errors).toEqual([
      expect.objectContaining({ status: '400', code: '601', source: { header: 'Store' } }),
    ]);
  });
});
