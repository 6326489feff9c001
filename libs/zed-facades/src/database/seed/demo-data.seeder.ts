import { DataSource, type EntityManager } from 'typeorm';
import { catalogPublisherFor } from '#zed-facades/catalog-storage';
import { bulkInsert, idLookup } from './bulk-insert.js';
import { seedDemoAccounts } from './demo-accounts.seeder.js';
import { buildDemoCatalog, DEMO_LOCALES, type DemoAbstract } from './demo-catalog.js';
import { DEMO_COUNTRIES } from './demo-countries.js';
import { seedCatalogExtras, type SeededProductIds, type SeededStoreIds } from './demo-extras.seeder.js';
import { seedProductPageData } from './demo-product-page.seeder.js';
import { seedProductMetrics } from './demo-metrics.seeder.js';

// Any constant works; it only has to be the same for every process that may seed concurrently.
const SEED_LOCK_KEY = 7_346_151;

const STORES = [
  {
    name: 'DE',
    timezone: 'Europe/Berlin',
    locales: ['de_DE', 'en_US'],
    currencies: ['EUR', 'CHF'],
    countries: ['DE', 'AT', 'US'],
  },
  {
    name: 'AT',
    timezone: 'Europe/Vienna',
    locales: ['de_DE', 'en_US'],
    currencies: ['EUR'],
    countries: ['AT', 'DE', 'CH'],
  },
] as const;

const CURRENCIES = [
  ['EUR', 'Euro', '€', 2],
  ['CHF', 'Swiss Franc', 'CHF', 2],
] as const;

/** What a demo seed inserted: the catalog (stores, products, …), the demo accounts, or either. */
export interface DemoSeedResult {
  readonly catalogSeeded: boolean;
  /** Which demo accounts (`DEMO_ACCOUNTS`) were created now: only those may be announced. */
  readonly accountsSeeded: { readonly backOffice: boolean; readonly customer: boolean };
}

/**
 * Inserts the deterministic demo catalog when the database has no store yet, and the demo accounts
 * (`DEMO_ACCOUNTS`) when there is no back-office user / no customer yet; otherwise does nothing.
 * Everything happens in one transaction (all or nothing), under an advisory lock so two processes starting
 * at once do not both seed.
 */
export async function seedDemoData(dataSource: DataSource): Promise<DemoSeedResult> {
  return dataSource.transaction(async (manager) => {
    await lockSeeding(manager);
    const accountsSeeded = await seedDemoAccounts(manager);
    const catalogSeeded = await seedDemoCatalogIfEmpty(manager);
    return { catalogSeeded, accountsSeeded };
  });
}

/** Holds the seed lock until the transaction of `manager` ends: one seed at a time, in any process. */
export async function lockSeeding(manager: EntityManager): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK_KEY]);
}

/**
 * The demo catalog (stores, currencies, countries, products, prices, stock, images, categories, labels,
 * tax sets, attributes) when the database has no store yet; no accounts. Resolves whether it seeded.
 * Runs in the caller's transaction, which should hold `lockSeeding`.
 */
export async function seedDemoCatalogIfEmpty(manager: EntityManager): Promise<boolean> {
  const [existing] = await manager.query<{ count: string }[]>('SELECT count(*) AS count FROM store');
  if (Number(existing?.count ?? 0) > 0) return false;
  const catalog = buildDemoCatalog();
  const storeIds = await seedStores(manager);
  const productIds = await seedProducts(manager, catalog.abstracts, storeIds.localeId);
  await seedCatalogExtras(manager, catalog, productIds, storeIds);
  await seedProductPageData(manager, catalog, productIds, storeIds.localeId);
  await seedProductMetrics(manager);
  // The storefront reads the published documents and the search index: publish the demo catalog with it,
  // all or nothing.
  const skus = await manager.query<{ sku: string }[]>('SELECT sku FROM product_abstract ORDER BY sku');
  const publisher = catalogPublisherFor(manager.connection);
  await publisher.abstractProductsChanged(
    manager,
    skus.map((row) => row.sku),
  );
  await publisher.categoriesChanged(manager);
  return true;
}

/**
 * `seedDemoData` on the database at `url`: opens its own connection, seeds what is missing of the
 * demo data (not only into an empty database), and closes the connection again.
 */
export async function seedDemoDataAt(url: string): Promise<DemoSeedResult> {
  const dataSource = new DataSource({ type: 'postgres', url, poolSize: 2 });
  await dataSource.initialize();
  try {
    return await seedDemoData(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

async function seedStores(manager: EntityManager): Promise<SeededStoreIds> {
  const locales = await bulkInsert(
    manager,
    'locale',
    ['locale_name'],
    DEMO_LOCALES.map((locale) => [locale]),
    ['id_locale', 'locale_name'],
  );
  const localeId = idLookup(locales, 'locale_name', 'id_locale');
  const currencies = await bulkInsert(
    manager,
    'currency',
    ['code', 'name', 'symbol', 'fraction_digits'],
    CURRENCIES,
    ['id_currency', 'code'],
  );
  const currencyId = idLookup(currencies, 'code', 'id_currency');
  const stores = await bulkInsert(
    manager,
    'store',
    ['name', 'timezone', 'fk_default_locale', 'fk_default_currency'],
    STORES.map((store) => [
      store.name,
      store.timezone,
      localeId(store.locales[0]),
      currencyId(store.currencies[0]),
    ]),
    ['id_store', 'name'],
  );
  const storeId = idLookup(stores, 'name', 'id_store');
  await bulkInsert(
    manager,
    'store_locale',
    ['fk_store', 'fk_locale'],
    STORES.flatMap((store) => store.locales.map((locale) => [storeId(store.name), localeId(locale)])),
  );
  await bulkInsert(
    manager,
    'store_currency',
    ['fk_store', 'fk_currency'],
    STORES.flatMap((store) => store.currencies.map((code) => [storeId(store.name), currencyId(code)])),
  );
  const countryId = await seedCountries(manager);
  await bulkInsert(
    manager,
    'store_country',
    ['fk_store', 'fk_country', 'position'],
    STORES.flatMap((store) =>
      store.countries.map((code, position) => [storeId(store.name), countryId(code), position]),
    ),
  );
  return { localeId, storeId, currencyId };
}

/** The demo countries and their regions; answers the id of a country by its ISO code. */
async function seedCountries(manager: EntityManager): Promise<(iso2Code: string) => number> {
  const countries = await bulkInsert(
    manager,
    'country',
    ['iso2_code', 'iso3_code', 'name', 'postal_code_mandatory', 'postal_code_regex'],
    DEMO_COUNTRIES.map((country) => [
      country.iso2Code,
      country.iso3Code,
      country.name,
      country.postalCodeMandatory,
      country.postalCodeRegex,
    ]),
    ['id_country', 'iso2_code'],
  );
  const countryId = idLookup(countries, 'iso2_code', 'id_country');
  await bulkInsert(
    manager,
    'region',
    ['fk_country', 'iso2_code', 'name'],
    DEMO_COUNTRIES.flatMap((country) =>
      country.regions.map(([code, name]) => [countryId(country.iso2Code), code, name]),
    ),
  );
  return countryId;
}

async function seedProducts(
  manager: EntityManager,
  abstracts: readonly DemoAbstract[],
  localeId: (locale: string) => number,
): Promise<SeededProductIds> {
  const abstractRows = await bulkInsert(
    manager,
    'product_abstract',
    ['sku', 'attributes', 'is_active', 'created_at', 'updated_at'],
    abstracts.map((abstract) => [
      abstract.sku,
      JSON.stringify(abstract.attributes),
      true,
      abstract.createdAt,
      abstract.updatedAt,
    ]),
    ['id_product_abstract', 'sku'],
  );
  const abstractId = idLookup(abstractRows, 'sku', 'id_product_abstract');
  await bulkInsert(
    manager,
    'product_abstract_localized_attributes',
    [
      'fk_product_abstract',
      'fk_locale',
      'name',
      'description',
      'meta_title',
      'meta_description',
      'meta_keywords',
      'url',
    ],
    abstracts.flatMap((abstract) =>
      DEMO_LOCALES.map((locale) => {
        const texts = abstract.texts[locale];
        return [
          abstractId(abstract.sku),
          localeId(locale),
          texts.name,
          texts.description,
          texts.metaTitle,
          texts.metaDescription,
          texts.metaKeywords,
          texts.url,
        ];
      }),
    ),
  );

  const concretes = abstracts.flatMap((abstract) =>
    abstract.concretes.map((concrete) => ({ abstract, concrete })),
  );
  const concreteRows = await bulkInsert(
    manager,
    'product_concrete',
    ['fk_product_abstract', 'sku', 'attributes', 'is_active', 'is_discontinued', 'created_at', 'updated_at'],
    concretes.map(({ abstract, concrete }) => [
      abstractId(abstract.sku),
      concrete.sku,
      JSON.stringify(concrete.attributes),
      true,
      concrete.isDiscontinued,
      abstract.createdAt,
      abstract.updatedAt,
    ]),
    ['id_product_concrete', 'sku'],
  );
  const concreteId = idLookup(concreteRows, 'sku', 'id_product_concrete');
  await bulkInsert(
    manager,
    'product_concrete_localized_attributes',
    ['fk_product_concrete', 'fk_locale', 'name', 'description'],
    concretes.flatMap(({ concrete }) =>
      DEMO_LOCALES.map((locale) => [
        concreteId(concrete.sku),
        localeId(locale),
        concrete.texts[locale].name,
        concrete.texts[locale].description,
      ]),
    ),
  );
  return { abstractId, concreteId };
}
