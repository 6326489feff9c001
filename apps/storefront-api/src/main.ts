import 'reflect-metadata';
import { ConfigurationError, ListenError, stopOnSignal } from '#glue-core';
import { bootStorefrontApiConfig } from './config/storefront-api.config.js';
import { startStorefrontApi } from './storefront-api.application.js';

/**
 * Production entry: the storefront alone, against DATABASE_URL (migrate first with `npm run migrate`).
 * SIGTERM, SIGINT or SIGHUP stop it like a service: no new connections, requests in flight finish
 * within SHUTDOWN_GRACE_SECONDS, then the connections to the database and Redis close.
 */
try {
  const config = await bootStorefrontApiConfig();
  const app = await startStorefrontApi(config);
  stopOnSignal({
    what: 'the Storefront API',
    applications: [app],
    graceMs: config.shutdownGraceSeconds * 1000,
  });
  console.log(`Storefront API listening on http://localhost:${config.port}`);
} catch (error) {
  console.error(error instanceof ConfigurationError || error instanceof ListenError ? error.message : error);
  process.exit(1);
}
