import 'reflect-metadata';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { ConfigurationError, ListenError, loadConfigAtBoot, stopOnSignal } from '#glue-core';
import {
  EmbeddedPostgresError,
  publishCatalogIfUnpublished,
  runMigrations,
  startEmbeddedPostgres,
  type EmbeddedPostgresServer,
} from '#zed-facades/database';
import { loadBackendApiConfig } from '../apps/backend-api/src/config/backend-api.config.js';
import { startBackendApi } from '../apps/backend-api/src/backend-api.application.js';
import { loadStorefrontApiConfig } from '../apps/storefront-api/src/config/storefront-api.config.js';
import { startStorefrontApi } from '../apps/storefront-api/src/storefront-api.application.js';
import { demoSeedMode, seedDemoDataAndSay, seededAccountLines } from './demo-seed.js';
import { START_CONFIG } from './start.config.js';

/**
 * `npm start`: both applications in one process. Without DATABASE_URL an embedded PostgreSQL is
 * booted in `<GLUE_DATA_DIR>/postgres` (kept between runs; the orphan of a killed start is stopped
 * first) and an empty database gets the demo seed; with DATABASE_URL nothing is seeded unless
 * SEED_DEMO=1. Migrations run first. SIGTERM, SIGINT or SIGHUP stop it like a service: both
 * applications drain (SHUTDOWN_GRACE_SECONDS), then the embedded database stops; all within
 * SHUTDOWN_GRACE_SECONDS + 5 s, ten seconds with the default (see `stopOnSignal`). Started by
 * npm, it also stops when npm itself is killed.
 */
const applications: INestApplication[] = [];
let database: Promise<EmbeddedPostgresServer | null> = Promise.resolve(null);
let graceMs = 5_000;

/** Applications first (requests in flight still have their database), then the database. */
const shutdown = stopOnSignal({
  what: 'both applications and the database',
  applications,
  graceMs: () => graceMs,
  after: async (deadline) => {
    const server = await database.catch(() => null);
    await server?.stop(deadline);
  },
});

async function main(): Promise<void> {
  // Through @nestjs/config: a `.env` file's variables join the process's for both applications.
  const { start: settings, shutdownGraceSeconds } = await loadConfigAtBoot(START_CONFIG);
  graceMs = shutdownGraceSeconds * 1000;
  let databaseUrl = settings.databaseUrl ?? undefined;
  const embedded = !databaseUrl;
  if (embedded) {
    const dataDir = path.join(settings.dataDir, 'postgres');
    console.log(
      `DATABASE_URL is not set: starting the embedded PostgreSQL in ${dataDir} on port ${settings.embeddedPort} …`,
    );
    database = startEmbeddedPostgres({ dataDir, port: settings.embeddedPort, stopOnSignals: false });
    const server = await database;
    if (server?.stoppedOrphan) {
      const { pid, killedStartPid } = server.stoppedOrphan;
      console.log(
        `Stopped the embedded PostgreSQL (pid ${pid}) that a killed start (pid ${killedStartPid}) left running.`,
      );
    }
    databaseUrl = server?.url;
  }
  if (!databaseUrl) throw new Error('Unreachable: no database URL.');
  const environment = { ...process.env, DATABASE_URL: databaseUrl };
  const storefrontConfig = loadStorefrontApiConfig(environment);
  const backendConfig = loadBackendApiConfig(environment);

  const applied = await runMigrations(databaseUrl);
  console.log(
    applied.length > 0 ? `Applied ${applied.length} migration(s).` : 'Database schema is up to date.',
  );
  const seeded = seededAccountLines(
    await seedDemoDataAndSay(databaseUrl, demoSeedMode(settings.seedDemo, embedded)),
  );
  const published = await publishCatalogIfUnpublished(databaseUrl);
  if (published !== null) {
    console.log(
      `Published the catalog for the storefront (${published} abstract products had no documents yet).`,
    );
  }

  applications.push(await startStorefrontApi(storefrontConfig));
  applications.push(await startBackendApi(backendConfig));
  console.log(
    [
      '',
      `  Storefront API  http://localhost:${storefrontConfig.port}   (try /abstract-products with Accept: application/vnd.api+json)`,
      `  Backend API     http://localhost:${backendConfig.port}   (try /products with a token from POST /token)`,
      '',
      ...(seeded.length > 0
        ? [
            '  Demo accounts, created by this start (demo data only; never deploy them):',
            ...seeded.map((line) => `    ${line}`),
            '',
          ]
        : embedded
          ? [
              '  Demo accounts: none created by this start (the README lists those a first start creates).',
              '',
            ]
          : []),
      '  Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
}

// Started by npm (`npm start`), this process is npm's child: if npm is killed outright, nobody
// would ever stop it. It notices its parent is gone and stops as if told to.
if (process.env['npm_lifecycle_event'] !== undefined) {
  const parent = process.ppid;
  const watcher = setInterval(() => {
    if (process.ppid !== parent) {
      clearInterval(watcher);
      void shutdown.stop(0, `npm (pid ${parent}) is gone`);
    }
  }, 1_000).unref();
}

main().catch(async (error: unknown) => {
  console.error(explain(error));
  await shutdown.stop(1);
});

/** One line for what an operator can fix (with the setting to change); the error itself otherwise. */
function explain(error: unknown): unknown {
  if (error instanceof ConfigurationError || error instanceof ListenError) return error.message;
  if (error instanceof EmbeddedPostgresError) {
    switch (error.reason) {
      case 'data-dir-in-use':
        return `${error.message} Stop it first, or give this start a GLUE_DATA_DIR (and ports) of its own.`;
      case 'foreign-server':
        return `${error.message} Stop it, or set GLUE_DATA_DIR to another directory.`;
      case 'port-in-use':
        return `${error.message} Set EMBEDDED_POSTGRES_PORT to a free port.`;
    }
  }
  return error;
}
