import 'reflect-metadata';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { ConfigurationError, env, loadConfig } from '#glue-core';
import {
  DEMO_ACCOUNTS,
  runMigrations,
  seedDemoDataIfEmpty,
  startEmbeddedPostgres,
  type EmbeddedPostgresServer,
} from '#zed-facades/database';
import { loadBackendApiConfig } from '../apps/backend-api/src/config/backend-api.config.js';
import { startBackendApi } from '../apps/backend-api/src/backend-api.application.js';
import { loadStorefrontApiConfig } from '../apps/storefront-api/src/config/storefront-api.config.js';
import { startStorefrontApi } from '../apps/storefront-api/src/storefront-api.application.js';

/**
 * `npm start`: both applications in one process with demo data. Without DATABASE_URL an embedded
 * PostgreSQL is booted in `.data/postgres` (kept between runs); migrations run, and an empty database
 * gets the demo seed. Ctrl-C stops everything.
 */
const applications: INestApplication[] = [];
let database: EmbeddedPostgresServer | null = null;
let stopping = false;

async function main(): Promise<void> {
  const { embeddedPort, dataDir } = loadConfig({
    embeddedPort: env.port('EMBEDDED_POSTGRES_PORT', 54320),
    dataDir: env.string('GLUE_DATA_DIR', path.resolve('.data')),
  });
  let databaseUrl = process.env['DATABASE_URL'];
  if (!databaseUrl) {
    console.log(
      `DATABASE_URL is not set: starting the embedded PostgreSQL in ${path.join(dataDir, 'postgres')} …`,
    );
    database = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres'), port: embeddedPort });
    databaseUrl = database.url;
  }
  const environment = { ...process.env, DATABASE_URL: databaseUrl };
  const storefrontConfig = loadStorefrontApiConfig(environment);
  const backendConfig = loadBackendApiConfig(environment);

  const applied = await runMigrations(databaseUrl);
  console.log(
    applied.length > 0 ? `Applied ${applied.length} migration(s).` : 'Database schema is up to date.',
  );
  const { seeded } = await seedDemoDataIfEmpty(databaseUrl);
  console.log(seeded ? 'Seeded the demo data.' : 'Database already has data: no seed.');

  applications.push(await startStorefrontApi(storefrontConfig));
  applications.push(await startBackendApi(backendConfig));
  console.log(
    [
      '',
      `  Storefront API  http://localhost:${storefrontConfig.port}   (try /abstract-products with Accept: application/vnd.api+json)`,
      `  Backend API     http://localhost:${backendConfig.port}   (try /products with a token from POST /token)`,
      '',
      '  Demo accounts (demo data only; never deploy them):',
      `    back office  ${DEMO_ACCOUNTS.backOffice.email} / ${DEMO_ACCOUNTS.backOffice.password}   (backend POST /token)`,
      `    customer     ${DEMO_ACCOUNTS.customer.email} / ${DEMO_ACCOUNTS.customer.password}   (storefront POST /token or /access-tokens)`,
      '',
      '  Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
}

async function stop(exitCode: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  await Promise.allSettled(applications.map((app) => app.close()));
  await database?.stop();
  process.exit(exitCode);
}

process.once('SIGINT', () => void stop(0));
process.once('SIGTERM', () => void stop(0));

main().catch(async (error: unknown) => {
  console.error(error instanceof ConfigurationError ? error.message : error);
  await stop(1);
});
