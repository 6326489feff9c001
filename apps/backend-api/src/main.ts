import 'reflect-metadata';
import { ConfigurationError } from '#glue-core';
import { loadBackendApiConfig } from './config/backend-api.config.js';
import { startBackendApi } from './backend-api.application.js';

/** Production entry: the backend alone, against DATABASE_URL (migrate first with `npm run migrate`). */
try {
  const config = loadBackendApiConfig();
  const app = await startBackendApi(config);
  app.enableShutdownHooks();
  console.log(`Backend API listening on http://localhost:${config.port}`);
} catch (error) {
  console.error(error instanceof ConfigurationError ? error.message : error);
  process.exit(1);
}
