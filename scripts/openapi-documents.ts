import { generateKeyPairSync } from 'node:crypto';
import type { DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  GlueExpressAdapter,
  OpenApiDocumentBuilder,
  rateLimitConfig,
  type OpenApiDocument,
} from '#glue-core';
import { customersApiConfig } from '#resources/customers-api';
import { oauthConfig, type OAuthOptions } from '#resources/shared/oauth';
import { BackendApiModule } from '../apps/backend-api/src/backend-api.module.js';
import { StorefrontApiModule } from '../apps/storefront-api/src/storefront-api.module.js';

export const OPENAPI_APPLICATIONS = ['storefront', 'backend'] as const;
export type OpenApiApplication = (typeof OPENAPI_APPLICATIONS)[number];

/** Never connects: the documents come from declarations only. */
const UNUSED_DATABASE_URL = 'postgres://openapi@127.0.0.1:1/unused';

/**
 * The applications exactly as their `main.ts` composes them, except that nothing is opened: no
 * database connection, no Redis, a throwaway signing key. So the documents build on a fresh
 * machine with nothing running.
 */
function compose(application: OpenApiApplication): DynamicModule {
  const auth: OAuthOptions = {
    ...oauthConfig(application.toUpperCase(), application).load({}),
    signingKeysPem: generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
      type: 'pkcs8',
      format: 'pem',
    }) as string,
  };
  const rateLimit = rateLimitConfig(application.toUpperCase()).load({});
  const customers = customersApiConfig(application.toUpperCase()).load({});
  const config = {
    databaseUrl: UNUSED_DATABASE_URL,
    defaultStore: 'DE',
    corsOrigins: [],
    auth,
    host: '0.0.0.0',
    port: application === 'storefront' ? 3000 : 3001,
    publicUrl: null,
    cacheMaxAgeSeconds: 60,
    glueCompatibility: application === 'storefront',
    rateLimit,
    redisUrl: null,
    customers,
  };
  const options = { connectDatabase: false };
  return application === 'storefront'
    ? StorefrontApiModule.forRoot(config, options)
    : BackendApiModule.forRoot(config, options);
}

/** Boots the application without listening, and returns the document it serves at `/docs/openapi.json`. */
export async function buildOpenApiDocument(application: OpenApiApplication): Promise<OpenApiDocument> {
  const app = await NestFactory.create(compose(application), new GlueExpressAdapter(), {
    bodyParser: false,
    logger: ['error'],
  });
  try {
    await app.init();
    return app.get(OpenApiDocumentBuilder).build();
  } finally {
    await app.close();
  }
}

/** A document as `npm run openapi` writes it. */
export function serialiseOpenApiDocument(document: OpenApiDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
