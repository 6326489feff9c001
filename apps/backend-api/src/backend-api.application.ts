import type { NestExpressApplication } from '@nestjs/platform-express';
import { createGlueApplication } from '#glue-core';
import type { BackendApiConfig } from './config/backend-api.config.js';
import { BackendApiModule } from './backend-api.module.js';

/** Creates and starts the backend application; resolves once it listens. */
export async function startBackendApi(config: BackendApiConfig): Promise<NestExpressApplication> {
  const app = await createGlueApplication(BackendApiModule.forRoot(config), {
    trustProxy: config.trustProxy,
  });
  await app.listen(config.port, config.host);
  return app;
}
