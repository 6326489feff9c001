/**
 * Jest global setup of the e2e project (docs/adr/0002-isolated-test-databases.md).
 *
 * 1. Server: `DATABASE_URL` if set, otherwise an embedded PostgreSQL in `.data/test-postgres`.
 * 2. Template: (re)creates `glue_test_template` on it, runs the migrations and the demo seed into it.
 * 3. Workers: learn the server and the template through environment variables (Jest workers are
 *    forked after global setup and inherit `process.env`); each suite then clones the template with
 *    `createTestDatabase()` from ./test-database.ts.
 *
 * Jest loads this file outside its module registry: `moduleNameMapper` does not apply and Node
 * resolves its imports natively, so it may import only Node built-ins and npm packages (no relative
 * `.ts` files, and `#…` aliases would point at dist/). To run the database wiring from the sources,
 * it transpiles `libs/` with the tsconfig settings ts-jest uses (TypeScript's `transpileModule`,
 * decorator metadata included) into `.data/test-build/`, whose own package.json maps the `#…`
 * aliases onto the transpiled files, and imports `#zed-facades/database` from there.
 */
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import pg from 'pg';
import ts from 'typescript';

import type * as DatabaseWiring from '#zed-facades/database';

const TEMPLATE_DATABASE = 'glue_test_template';
const TEST_DATABASE_PREFIX = 'glue_test_';

/** What global-teardown.ts needs; setup and teardown run in the same process. */
export interface GlueTestDatabaseState {
  serverUrl: string;
  /** Drops every `glue_test_%` database, then stops the embedded server if this run started it. */
  teardown(): Promise<void>;
}

declare global {
  var __GLUE_TEST_DATABASE__: GlueTestDatabaseState | undefined;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const wiring = await loadDatabaseWiring();

  let serverUrl: string;
  let stopServer: (() => Promise<void>) | undefined;
  const configuredUrl = process.env.DATABASE_URL;
  if (configuredUrl) {
    serverUrl = configuredUrl;
  } else {
    const log: string[] = [];
    const server = await wiring
      .startEmbeddedPostgres({
        dataDir: path.join(repoRoot, '.data/test-postgres'),
        port: await findFreePort(),
        onLog: (line) => log.push(line),
      })
      .catch((error: unknown) => {
        throw new Error(`Embedded PostgreSQL did not start:\n${log.slice(-30).join('\n')}`, { cause: error });
      });
    serverUrl = server.url;
    stopServer = () => server.stop();
    // Like the start script: nothing downstream needs to know the server is embedded.
    process.env.DATABASE_URL = serverUrl;
  }

  const teardown = async (): Promise<void> => {
    try {
      await dropTestDatabases(serverUrl);
    } finally {
      await stopServer?.();
    }
  };
  globalThis.__GLUE_TEST_DATABASE__ = { serverUrl, teardown };

  try {
    // Leftovers of an interrupted run, and the previous template (migrations may have changed).
    await dropTestDatabases(serverUrl);
    await withClient(serverUrl, (client) => client.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`));
    const templateUrl = databaseUrl(serverUrl, TEMPLATE_DATABASE);
    await wiring.runMigrations(templateUrl);
    await wiring.seedDemoDataAt(templateUrl);
    // A template nobody can connect to: a stray connection would make CREATE DATABASE … TEMPLATE fail.
    await withClient(serverUrl, (client) =>
      client.query(`ALTER DATABASE ${TEMPLATE_DATABASE} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`),
    );
  } catch (error) {
    await teardown();
    globalThis.__GLUE_TEST_DATABASE__ = undefined;
    throw error;
  }

  process.env.GLUE_TEST_SERVER_URL = serverUrl;
  process.env.GLUE_TEST_TEMPLATE_DATABASE = TEMPLATE_DATABASE;
  if (process.env.GLUE_TEST_VERBOSE) {
    console.log(`\ntest databases: template ready on ${redact(serverUrl)} in ${Date.now() - started} ms`);
  }
}

/** Drops the template and every `glue_test_%` database on the server, closing their connections. */
async function dropTestDatabases(serverUrl: string): Promise<void> {
  await withClient(serverUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE $1 || '%' ORDER BY datname`,
      [TEST_DATABASE_PREFIX],
    );
    for (const { datname } of rows) {
      const name = client.escapeIdentifier(datname);
      if (datname === TEMPLATE_DATABASE) {
        await client.query(`ALTER DATABASE ${name} WITH IS_TEMPLATE false ALLOW_CONNECTIONS true`);
      }
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  });
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

function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

/** Transpiles libs/ into .data/test-build and imports the database wiring from there. */
async function loadDatabaseWiring(): Promise<typeof DatabaseWiring> {
  const buildDir = path.join(repoRoot, '.data/test-build');
  await rm(buildDir, { recursive: true, force: true });

  const compilerOptions: ts.CompilerOptions = {
    ...readCompilerOptions(),
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    isolatedModules: true,
    sourceMap: false,
    inlineSourceMap: true,
    inlineSources: true,
    declaration: false,
    incremental: false,
  };
  delete compilerOptions.tsBuildInfoFile;
  delete compilerOptions.outDir;

  await transpileTree(path.join(repoRoot, 'libs'), path.join(buildDir, 'libs'), compilerOptions);
  await writeFile(
    path.join(buildDir, 'package.json'),
    JSON.stringify(
      {
        private: true,
        type: 'module',
        imports: {
          '#glue-core': './libs/glue-core/src/index.js',
          '#json-api-convention': './libs/json-api-convention/src/index.js',
          '#resources/*': './libs/resources/src/*/index.js',
          '#zed-facades/*': './libs/zed-facades/src/*/index.js',
        },
      },
      null,
      2,
    ),
  );

  const entry = path.join(buildDir, 'libs/zed-facades/src/database/index.js');
  const wiring = (await import(pathToFileURL(entry).href)) as Partial<typeof DatabaseWiring>;
  const { startEmbeddedPostgres, runMigrations, seedDemoDataAt } = wiring;
  if (!startEmbeddedPostgres || !runMigrations || !seedDemoDataAt) {
    throw new Error(
      '#zed-facades/database must export startEmbeddedPostgres, runMigrations and seedDemoDataAt',
    );
  }
  return { ...wiring, startEmbeddedPostgres, runMigrations, seedDemoDataAt } as typeof DatabaseWiring;
}

function readCompilerOptions(): ts.CompilerOptions {
  const configPath = path.join(repoRoot, 'tsconfig.json');
  const { config, error } = ts.readConfigFile(configPath, (file) => ts.sys.readFile(file));
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, repoRoot);
  return parsed.options;
}

async function transpileTree(from: string, to: string, options: ts.CompilerOptions): Promise<void> {
  const entries = await readdir(from, { withFileTypes: true });
  await mkdir(to, { recursive: true });
  await Promise.all(
    entries.map(async (entry) => {
      const source = path.join(from, entry.name);
      if (entry.isDirectory()) {
        return transpileTree(source, path.join(to, entry.name), options);
      }
      if (!entry.isFile() || /\.(spec|e2e-spec|d)\.ts$/.test(entry.name)) return;
      if (!entry.name.endsWith('.ts')) {
        return copyFile(source, path.join(to, entry.name));
      }
      const output = ts.transpileModule(await readFile(source, 'utf8'), {
        compilerOptions: options,
        fileName: source,
        reportDiagnostics: false,
      });
      await writeFile(path.join(to, entry.name.replace(/\.ts$/, '.js')), output.outputText);
    }),
  );
}
