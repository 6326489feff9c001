/**
 * A throwaway database per zed-facades spec file, on the server of DATABASE_URL (default: the machine's
 * PostgreSQL), migrated with the real migrations (never synchronize):
 *
 *   let database: SpecDatabase;
 *   beforeAll(async () => { database = await createSpecDatabase(); … DatabaseModule.forRoot({ url: database.url }) … });
 *   afterAll(async () => { await moduleRef?.close(); await database?.drop(); });
 *
 * For specs outside the e2e Jest project (no template database there); e2e suites clone the template
 * with `throwawayDatabase()` from the kit (test/support/kit, docs/testing.md).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { runMigrations, seedDemoDataAt } from '#zed-facades/database';

const DEFAULT_SERVER_URL = 'postgres://postgres@127.0.0.1:5432/test';

export interface SpecDatabaseOptions {
  /** Apply every migration before handing the database over (default true). */
  readonly migrate?: boolean;
  /** Then insert the demo data (`DEMO_ACCOUNTS`, the demo catalog), as the e2e template has it (default false). */
  readonly seed?: boolean;
}

export interface SpecDatabase {
  /** Connection URL of this spec's own database. */
  readonly url: string;
  /** Drops the database, terminating connections still open to it first. Safe to call twice. */
  drop(): Promise<void>;
}

/** Creates `zf_spec_<random>` and, unless told otherwise, migrates it; seeds it when asked. */
export async function createSpecDatabase(options: SpecDatabaseOptions = {}): Promise<SpecDatabase> {
  const serverUrl = process.env.DATABASE_URL ?? DEFAULT_SERVER_URL;
  const name = `zf_spec_${randomBytes(6).toString('hex')}`;
  await withServerClient(serverUrl, (client) =>
    client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`),
  );

  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let dropping: Promise<void> | undefined;
  const database: SpecDatabase = {
    url: url.toString(),
    drop: () =>
      (dropping ??= withServerClient(serverUrl, async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
      })),
  };
  if (options.migrate ?? true) {
    try {
      await runMigrations(database.url);
      if (options.seed) await seedDemoDataAt(database.url);
    } catch (error) {
      await database.drop();
      throw error;
    }
  }
  return database;
}

async function withServerClient<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
