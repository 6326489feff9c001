import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { configureGlueApplication, GlueExpressAdapter } from '#glue-core';
import { auditJsonApiResponses } from './json-api-response-audit.js';

/**
 * Boots a Glue application module the way `main.ts` does, for supertest. Every JSON:API response it
 * sends is checked against the JSON:API schema (see json-api-response-audit.ts).
 */
export async function startGlueTestApplication(
  module: unknown,
  options: { readonly logErrors?: boolean; readonly trustProxy?: number | undefined } = {},
): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({ imports: [module as never] }).compile();
  const app = moduleRef.createNestApplication(new GlueExpressAdapter(), {
    bodyParser: false,
    logger: options.logErrors === false ? false : ['error'],
  });
  auditJsonApiResponses(app);
  configureGlueApplication(app, options.trustProxy === undefined ? {} : { trustProxy: options.trustProxy });
  await app.init();
  return app;
}
