import 'reflect-metadata';
import { ConfigurationError } from '#glue-core';
import { loadStorefrontApiConfig } from './config/storefront-api.config.js';
import { startStorefrontApi } from './storefront-api.application.js';

/** Production entry: the storefront alone, against DATABASE_URL (migrate first with `npm run migrate`). */
try {
  const config = loadStorefrontApiConfig();
  const app = await startStorefrontApi(config);
  app.enableShutdownHooks();
  console.log(`Storefront API listening on http://localhost:${config.port}`);
} catch (error) {
  console.error(error instanceof ConfigurationError ? error.message : error);
  process.exit(1);
}
