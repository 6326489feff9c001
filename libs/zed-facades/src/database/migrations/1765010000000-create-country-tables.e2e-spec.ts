import { DataSource, type QueryRunner } from 'typeorm';
import { createDataSourceOptions } from '../data-source.js';
import { createSpecDatabase, type SpecDatabase } from '../../../../../test/support/spec-database.js';
import { CreateCountryTables1765010000000 } from './1765010000000-create-country-tables.js';

/** The upgrade of a database whose stores list their countries as an array of codes. */
describe('migration CreateCountryTables1765010000000', () => {
  let database: SpecDatabase;
  let dataSource: DataSource;
  let runner: QueryRunner;
  const migration = new CreateCountryTables1765010000000();

  beforeAll(async () => {
    database = await createSpecDatabase();
    dataSource = await new DataSource(createDataSourceOptions(database.url)).initialize();
    runner = dataSource.createQueryRunner();
  }, 60_000);

  afterAll(async () => {
    await runner?.release();
    await dataSource?.destroy();
    await database?.drop();
  });

  it("moves each store's country codes into store_country, in order, and back", async () => {
    await migration.down(runner); // the schema as it was before countries
    await runner.query(`
      INSERT INTO locale (id_locale, locale_name) VALUES (1, 'de_DE');
      INSERT INTO currency (id_currency, code, name, symbol) VALUES (1, 'EUR', 'Euro', '€');
      INSERT INTO store (name, timezone, fk_default_locale, fk_default_currency, countries)
      VALUES ('DE', 'Europe/Berlin', 1, 1, '{DE,at}'), ('AT', 'Europe/Vienna', 1, 1, '{AT}')`);

    await migration.up(runner);

    expect(
      await dataSource.query(`
        SELECT s.name AS store, c.iso2_code, c.iso3_code, c.name, sc.position
        FROM store_country sc JOIN store s ON s.id_store = sc.fk_store JOIN country c ON c.id_country = sc.fk_country
        ORDER BY s.name, sc.position`),
    ).toEqual([
      { store: 'AT', iso2_code: 'AT', iso3_code: null, name: 'AT', position: 1 },
      { store: 'DE', iso2_code: 'DE', iso3_code: null, name: 'DE', position: 1 },
      { store: 'DE', iso2_code: 'AT', iso3_code: null, name: 'AT', position: 2 },
    ]);
    expect(await dataSource.query('SELECT count(*)::int AS count FROM country')).toEqual([{ count: 2 }]);

    await migration.down(runner);
    expect(await dataSource.query('SELECT name, countries FROM store ORDER BY name')).toEqual([
      { name: 'AT', countries: ['AT'] },
      { name: 'DE', countries: ['DE', 'AT'] },
    ]);
    await migration.up(runner);
  });
});
