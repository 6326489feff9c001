import { spawn } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { runMigrations, seedDemoDataAt, startEmbeddedPostgres } from '#zed-facades/database';

/** A database seeded for one catalogue size, and what the benchmark needs to know of its server. */
export interface CatalogDatabase {
  readonly url: string;
  /** The postmaster of the embedded server; null on DATABASE_URL (its `postgres` processes are summed). */
  readonly postmasterPid: number | null;
  /** Which seed filled it: the catalog seeder, or the demo data where that seeder is not there. */
  readonly seededWith: 'catalog' | 'demo';
  /** Active abstract products it holds. */
  readonly activeProducts: number;
  /** Wall time of the seed command (with VACUUM ANALYZE), now or when the reused database was seeded. */
  readonly seedSeconds: number | null;
  /** Seeded by an earlier run. */
  readonly reused: boolean;
  stop(): Promise<void>;
}

export interface CatalogDatabaseOptions {
  /** The project root: `.data/` and `dist/scripts/seed.js` are found from it. */
  readonly root: string;
  readonly products: number;
  readonly seed: number;
  /** Throw the cached database away and seed again. */
  readonly reseed: boolean;
  readonly port: number;
}

/** Written beside a seeded database: which seed filled it, so that the next run reuses it. */
interface SeedMarker {
  readonly seededWith: 'catalog' | 'demo';
  readonly products: number;
  readonly seed: number;
  readonly seedSeconds?: number;
}

/**
 * The database of one size: without DATABASE_URL an embedded cluster of its own in `.data/bench-<N>`,
 * with DATABASE_URL a database `bench_<N>` on that server; seeded once by
 * `npm run seed -- --products N --seed S` and kept for the next run (`--reseed` starts over). Where that
 * seeder is not there yet (exit ≠ 0), the demo data is seeded instead and the run says so.
 */
export async function openCatalogDatabase(options: CatalogDatabaseOptions): Promise<CatalogDatabase> {
  const name = `bench-${options.products}`;
  const marker = path.join(options.root, '.data', `${name}.seeded.json`);
  const previous = await readMarker(marker);
  // Only a catalog seed of the same --seed is kept; demo data (the seeder was missing) is cheap to redo.
  const fresh = options.reseed || previous?.seededWith !== 'catalog' || previous.seed !== options.seed;
  if (fresh) await rm(marker, { force: true });
  const external = process.env['DATABASE_URL'];
  let url: string;
  let postmasterPid: number | null = null;
  let stop = (): Promise<void> => Promise.resolve();
  if (external) {
    url = await throwawayDatabase(external, `bench_${options.products}`, fresh);
  } else {
    const dataDir = path.join(options.root, '.data', name);
    if (fresh) await rm(dataDir, { recursive: true, force: true });
    const server = await startEmbeddedPostgres({ dataDir, port: options.port });
    url = server.url;
    stop = () => server.stop();
    postmasterPid = Number.parseInt(await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8'), 10);
  }
  try {
    await runMigrations(url);
    let seededWith: 'catalog' | 'demo' = 'catalog';
    let seedSeconds = previous?.seedSeconds ?? null;
    if (fresh) {
      const started = Date.now();
      seededWith = await seedCatalog(options, url);
      await analyze(url);
      seedSeconds = (Date.now() - started) / 1000;
      const record: SeedMarker = { seededWith, products: options.products, seed: options.seed, seedSeconds };
      await mkdir(path.dirname(marker), { recursive: true });
      await writeFile(marker, JSON.stringify(record));
    } else {
      console.log(
        `Reusing the ${options.products}-product database seeded earlier (--reseed to seed again).`,
      );
    }
    return {
      url,
      postmasterPid,
      seededWith,
      activeProducts: await activeProducts(url),
      seedSeconds,
      reused: !fresh,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** `npm run seed -- --products N --seed S` (branch catalog-seed); the demo data when it fails. */
async function seedCatalog(options: CatalogDatabaseOptions, url: string): Promise<'catalog' | 'demo'> {
  const started = Date.now();
  const seedScript = path.join(options.root, 'dist/scripts/seed.js');
  const args = [seedScript, '--products', String(options.products), '--seed', String(options.seed)];
  console.log(`Seeding ${options.products} products: node ${args.join(' ')}`);
  const exitCode = await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, DATABASE_URL: url },
      stdio: 'inherit',
    });
    child.once('exit', resolve);
    child.once('error', () => resolve(null));
  });
  if (exitCode === 0) {
    console.log(`Seeded ${options.products} products in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    return 'catalog';
  }
  console.warn(
    `The catalog seeder did not run (exit ${exitCode}): seeding the demo data instead. ` +
      `The figures of this size are NOT those of ${options.products} products.`,
  );
  await seedDemoDataAt(url);
  return 'demo';
}

async function readMarker(file: string): Promise<SeedMarker | null> {
  const content = await readFile(file, 'utf8').catch(() => null);
  return content === null ? null : (JSON.parse(content) as SeedMarker);
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function activeProducts(url: string): Promise<number> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ count: string }>(
      'SELECT count(*) AS count FROM product_abstract WHERE is_active',
    );
    return Number(rows[0]?.count ?? 0);
  });
}

/** Fresh statistics after a bulk load, so that the plans measured are the ones a live shop gets. */
async function analyze(url: string): Promise<void> {
  await withClient(url, (client) => client.query('VACUUM ANALYZE'));
}

/** `name` on the server of `url` (created when missing, dropped first when `fresh`); its URL. */
async function throwawayDatabase(url: string, name: string, fresh: boolean): Promise<string> {
  await withClient(url, async (client) => {
    if (fresh) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    const { rows } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rows.length === 0) await client.query(`CREATE DATABASE "${name}"`);
  });
  const target = new URL(url);
  target.pathname = `/${name}`;
  return target.toString();
}
