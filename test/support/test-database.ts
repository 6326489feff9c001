/**
 * One PostgreSQL database per e2e suite, cloned from the migrated and seeded template that
 * global-setup.ts prepared (docs/adr/0002-isolated-test-databases.md):
 *
 *   let database: TestDatabase;
 *   beforeAll(async () => { database = await createTestDatabase(); app = await boot(database.url); });
 *   afterAll(async () => { await app?.close(); await database?.drop(); });
 */
import { randomBytes } from 'node:crypto';

import pg from 'pg';

export interface TestDatabase {
  /** Connection URL of this suite's own database. */
  url: string;
  /** Terminates the connections still open to it and drops it. */
  drop(): Promise<void>;
}

const SQLSTATE_OBJECT_IN_USE = '55006';

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(
      `${name} is not set: createTestDatabase() works in the e2e Jest project, whose global setup prepares the template database`,
    );
  }
  return value;
}

async function withServerClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: requiredEnv('GLUE_TEST_SERVER_URL') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates `glue_test_<random>` from the template: migrated schema plus demo data, in ~100 ms. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = requiredEnv('GLUE_TEST_SERVER_URL');
  const template = requiredEnv('GLUE_TEST_TEMPLATE_DATABASE');
  const name = `glue_test_${randomBytes(6).toString('hex')}`;

  await withServerClient(async (client) => {
    const sql = `CREATE DATABASE ${client.escapeIdentifier(name)} TEMPLATE ${client.escapeIdentifier(template)}`;
    // PostgreSQL refuses to copy a template another session is copying or connected to at that
    // instant ("source database is being accessed by other users"); that is transient here.
    for (let attempt = 1; ; attempt += 1) {
      try {
        await client.query(sql);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== SQLSTATE_OBJECT_IN_USE || attempt >= 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
      }
    }
  });

  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let dropped = false;
  return {
    url: url.toString(),
    async drop() {
      if (dropped) return;
      dropped = true;
      // WITH (FORCE) terminates leftover connections (a pool the suite forgot to close) first.
      await withServerClient((client) =>
        client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`),
      );
    },
  };
}
