import 'reflect-metadata';
import { ConfigurationError, ListenError, onShutdownSignal, stopGlueApplication } from '#glue-core';
import { loadStorefrontApiConfig } from './config/storefront-api.config.js';
import { startStorefrontApi } from './storefront-api.application.js';

/**
 * Production entry: the storefront alone, against DATABASE_URL (migrate first with `npm run migrate`).
 * SIGTERM, SIGINT or SIGHUP stop it like a service: no new connections, requests in flight finish
 * within SHUTDOWN_GRACE_SECONDS, then the connections to the database and Redis close.
 */
try {
  const config = loadStorefrontApiConfig();
  const app = await startStorefrontApi(config);
  onShutdownSignal((signal) => {
    console.log(`Storefront API: ${signal} received, stopping …`);
    void stopGlueApplication(app, config.shutdownGraceSeconds * 1000).then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
  console.log(`Storefront API listening on http://localhost:${config.port}`);
} catch (error) {
  console.error(error instanceof ConfigurationError || error instanceof ListenError ? error.message : error);
  process.exit(1);
}
