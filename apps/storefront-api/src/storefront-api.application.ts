import type { NestExpressApplication } from '@nestjs/platform-express';
import { createGlueApplication, listenGlueApplication } from '#glue-core';
import { HEALTH_CHECK_ROUTE } from '#resources/health-check-api';
import type { StorefrontApiConfig } from './config/storefront-api.config.js';
import { StorefrontApiModule } from './storefront-api.module.js';

/**
 * Creates and starts the storefront application; resolves once it listens. A port in use is a `ListenError`
 * naming `STOREFRONT_PORT`.
 */
export async function startStorefrontApi(config: StorefrontApiConfig): Promise<NestExpressApplication> {
  const app = await createGlueApplication(StorefrontApiModule.forRoot(config), {
    trustProxy: config.trustProxy,
    accessLog: config.accessLog,
    unloggedRoutes: [HEALTH_CHECK_ROUTE],
  });
  await listenGlueApplication(app, { port: config.port, host: config.host, portVariable: 'STOREFRONT_PORT' });
  return app;
}
