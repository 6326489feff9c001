import { SingleBar } from 'cli-progress';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { ConfigurationError } from '#glue-core';
import {
  EmbeddedPostgresError,
  LargeSeedRefusal,
  loadLargeCatalog,
  publishCatalogAt,
} from '#zed-facades/database';
import { seedDemoDataAndSay, seededAccountLines } from './demo-seed.js';
import { parseSeedArguments, SeedArgumentError, type SeedRequest } from './seed-arguments.js';
import { withScriptDatabase } from './script-database.js';

/**
 * `npm run seed -- --demo`: the demo data (catalog, and the demo accounts with their published
 * password) into what is empty of it. `npm run seed -- --products N [--seed S] [--force]`: N generated
 * abstract products with everything a shop shows of them, appended in bulk (COPY, one transaction) to
 * an empty or demo-seeded catalogue; then the `AFTER_BULK_LOAD` steps. Both apply pending migrations
 * first, on DATABASE_URL or, when it is unset, on the embedded PostgreSQL that `npm start` uses (stop
 * `npm start` first: one process owns its data directory). Without either option it refuses (exit 2).
 */

/** A step that derives data from the catalogue tables, run on the loaded database after the commit. */
interface AfterBulkLoadStep {
  readonly name: string;
  run(databaseUrl: string): Promise<void>;
}

/**
 * What a bulk load must be followed by, in this order. COPY bypasses the facades that keep derived
 * data current, so everything derived from the catalogue tables is rebuilt here.
 */
const AFTER_BULK_LOAD: readonly AfterBulkLoadStep[] = [
  {
    name: 'ANALYZE (planner statistics for the new rows)',
    run: (url) => withClient(url, (client) => client.query('ANALYZE')),
  },
  {
    name: 'Published read model and search index (npm run publish -- --all)',
    run: async (url) => {
      await publishCatalogAt(url);
    },
  },
  {
    name: 'ANALYZE of the published documents and the search index',
    run: (url) =>
      withClient(url, (client) =>
        client.query(
          'ANALYZE catalog_storage, catalog_search_document, catalog_search_price, catalog_search_term',
        ),
      ),
  },
];

try {
  const request = parseSeedArguments(process.argv.slice(2));
  await withScriptDatabase('seeding', (databaseUrl) => seed(request, databaseUrl));
} catch (error) {
  if (error instanceof SeedArgumentError) {
    console.error(error.message);
    process.exit(2);
  }
  const known =
    error instanceof ConfigurationError ||
    error instanceof LargeSeedRefusal ||
    error instanceof EmbeddedPostgresError;
  console.error(known ? error.message : error);
  process.exit(1);
}

async function seed(request: SeedRequest, databaseUrl: string): Promise<void> {
  if (request.kind === 'demo') {
    const seeded = seededAccountLines(await seedDemoDataAndSay(databaseUrl, 'asked'));
    if (seeded.length > 0) {
      console.log(
        ['Demo accounts (demo data only; never deploy them):', ...seeded.map((line) => `  ${line}`)].join(
          '\n',
        ),
      );
    }
    return;
  }
  const started = Date.now();
  const result = await withProgressBar(request.products, async (onProgress) => {
    const dataSource = new DataSource({ type: 'postgres', url: databaseUrl, poolSize: 1 });
    await dataSource.initialize();
    try {
      return await loadLargeCatalog(dataSource, { ...request, onProgress });
    } finally {
      await dataSource.destroy();
    }
  });
  const loadedAt = Date.now();
  if (result.demoCatalogSeeded)
    console.log('The database was empty: seeded the demo catalogue first (no accounts).');
  console.log(
    `Loaded ${result.abstractProducts} abstract and ${result.concreteProducts} concrete products (--seed ${request.seed}) in ${seconds(loadedAt - started)}.`,
  );
  for (const step of AFTER_BULK_LOAD) {
    const stepStarted = Date.now();
    await step.run(databaseUrl);
    console.log(`${step.name}: ${seconds(Date.now() - stepStarted)}.`);
  }
  console.log(`Done in ${seconds(Date.now() - started)}.`);
}

/** A progress bar on stderr while `work` runs, when stderr is a terminal; nothing otherwise. */
async function withProgressBar<T>(
  total: number,
  work: (onProgress: (done: number) => void) => Promise<T>,
): Promise<T> {
  if (!process.stderr.isTTY) return work(() => undefined);
  const bar = new SingleBar({
    stream: process.stderr,
    format:
      'Seeding [{bar}] {percentage}% | {value}/{total} abstract products | {duration_formatted} (ETA {eta_formatted})',
    hideCursor: true,
  });
  bar.start(total, 0);
  try {
    return await work((done) => bar.update(done));
  } finally {
    bar.stop();
  }
}

async function withClient(url: string, run: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await run(client);
  } finally {
    await client.end();
  }
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
