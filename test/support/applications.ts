import { generateKeyPairSync, randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import type { App } from 'supertest/types.js';
import type { GlueRequestLimits } from '#glue-core';
import { oauthConfig, type OAuthOptions } from '#resources/oauth-support';
import { BackendApiModule } from '../../apps/backend-api/src/backend-api.module.js';
import { StorefrontApiModule } from '../../apps/storefront-api/src/storefront-api.module.js';
import { startGlueTestApplication } from './glue-test-app.js';

export const JSON_API = 'application/vnd.api+json';

export interface RunningApplication {
  readonly app: INestApplication;
  readonly http: App;
}

/** One RSA key per application per test process: tests never write keys to `.data/`. */
export const TEST_SIGNING_KEYS = {
  storefront: newPrivateKeyPem(),
  backend: newPrivateKeyPem(),
} as const;

export function newPrivateKeyPem(): string {
  return generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
    type: 'pkcs8',
    format: 'pem',
  }) as string;
}

/**
 * The application's auth settings as its config loader builds them from an empty environment (plus
 * `REDIS_URL` when the machine has one), with test keys and a login blocker namespace of its own,
 * so that counters in a shared Redis never leak between test runs.
 */
export function testAuthOptions(
  application: 'storefront' | 'backend',
  overrides: Partial<OAuthOptions> = {},
): OAuthOptions {
  const prefix = application.toUpperCase();
  const defaults = oauthConfig(prefix, application).load({ REDIS_URL: process.env['REDIS_URL'] });
  return {
    ...defaults,
    signingKeysPem: TEST_SIGNING_KEYS[application],
    loginBlockerScope: `test-${randomUUID()}`,
    ...overrides,
  };
}

async function run(module: unknown, logErrors = true): Promise<RunningApplication> {
  const app = await startGlueTestApplication(module, { logErrors });
  return { app, http: app.getHttpServer() as App };
}

/** The storefront application exactly as `main.ts` composes it, on the given database. */
export function startStorefront(
  databaseUrl: string,
  options: {
    readonly defaultStore?: string;
    readonly logErrors?: boolean;
    readonly auth?: Partial<OAuthOptions>;
    /** Request limits other than the defaults (`DEFAULT_REQUEST_LIMITS`). */
    readonly limits?: Partial<GlueRequestLimits>;
  } = {},
): Promise<RunningApplication> {
  return run(
    StorefrontApiModule.forRoot({
      databaseUrl,
      defaultStore: options.defaultStore ?? 'DE',
      corsOrigins: [],
      auth: testAuthOptions('storefront', options.auth),
      ...(options.limits && { limits: options.limits }),
    }),
    options.logErrors,
  );
}

/** The backend application exactly as `main.ts` composes it, on the given database. */
export function startBackend(
  databaseUrl: string,
  options: {
    readonly auth?: Partial<OAuthOptions>;
    /** Request limits other than the defaults (`DEFAULT_REQUEST_LIMITS`). */
    readonly limits?: Partial<GlueRequestLimits>;
  } = {},
): Promise<RunningApplication> {
  return run(
    BackendApiModule.forRoot({
      databaseUrl,
      defaultStore: 'DE',
      corsOrigins: [],
      auth: testAuthOptions('backend', options.auth),
      ...(options.limits && { limits: options.limits }),
    }),
  );
}
