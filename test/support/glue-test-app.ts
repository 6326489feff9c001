import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { configureGlueApplication, GlueExpressAdapter } from '#glue-core';

/** Boots a Glue application module the way `main.ts` does, for supertest. */
export async function startGlueTestApplication(
  module: unknown,
  options: { readonly logErrors?: boolean } = {},
): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({ imports: [module as never] }).compile();
  const app = moduleRef.createNestApplication(new GlueExpressAdapter(), {
    bodyParser: false,
    logger: options.logErrors === false ? false : ['error'],
  });
  configureGlueApplication(app);
  await app.init();
  return app;
}
