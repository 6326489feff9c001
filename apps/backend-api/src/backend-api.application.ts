import type { NestExpressApplication } from '@nestjs/platform-express';
import { createGlueApplication, listenGlueApplication } from '#glue-core';
import type { BackendApiConfig } from './config/backend-api.config.js';
import { BackendApiModule } from './backend-api.module.js';

/**
 * Creates and starts the backend application; resolves once it listens. A port in use is a `ListenError`
 * naming `BACKEND_PORT`.
 */
export async function startBackendApi(config: BackendApiConfig): Promise<NestExpressApplication> {
  const app = await createGlueApplication(BackendApiModule.forRoot(config), {
    trustProxy: config.trustProxy,
    accessLog: config.accessLog,
  });
  await listenGlueApplication(app, { port: config.port, host: config.host, portVariable: 'BACKEND_PORT' });
  return app;
}
