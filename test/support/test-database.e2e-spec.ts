import pg from 'pg';

import { createTestDatabase } from './test-database.js';
import type { TestDatabase } from './test-database.js';

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('test databases', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database.drop();
  });

  it('gives a suite its own database, cloned from the migrated and seeded template', async () => {
    const [row] = await query<{ count: string }>(
      database.url,
      'SELECT count(*) AS count FROM product_abstract',
    );
    expect(Number(row?.count)).toBeGreaterThanOrEqual(200);
    expect(new URL(database.url).pathname).toMatch(/^\/glue_test_[0-9a-f]{12}$/);
  });

  it('drops the database, even with a connection left open', async () => {
    const other = await createTestDatabase();
    const leftover = new pg.Client({ connectionString: other.url });
    leftover.on('error', () => undefined); // the forced drop terminates it
    await leftover.connect();

    await other.drop();

    const name = new URL(other.url).pathname.slice(1);
    const rows = await query(database.url, `SELECT 1 FROM pg_database WHERE datname = '${name}'`);
    expect(rows).toEqual([]);
    await leftover.end().catch(() => undefined);
  });
});
