import type { NestExpressApplication } from '@nestjs/platform-express';
import { createGlueApplication } from '#glue-core';
import type { StorefrontApiConfig } from './config/storefront-api.config.js';
import { StorefrontApiModule } from './storefront-api.module.js';

/** Creates and starts the storefront application; resolves once it listens. */
export async function startStorefrontApi(config: StorefrontApiConfig): Promise<NestExpressApplication> {
  const app = await createGlueApplication(StorefrontApiModule.forRoot(config), {
    trustProxy: config.trustProxy,
  });
  await app.listen(config.port, config.host);
  return app;
}
