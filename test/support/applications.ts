import { generateKeyPairSync, randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import type { App } from 'supertest/types.js';
import {
  rateLimitConfig,
  redisUrlConfig,
  type ApplicationDefaults,
  type GlueRateLimitOptions,
  type GlueRequestLimits,
} from '#glue-core';
import { customersApiConfig, type CustomersApiOptions } from '#resources/customers-api';
import { oauthConfig, type OAuthOptions } from '#resources/shared/oauth';
import { storageCacheConfig, type StorageCacheOptions } from '#resources/shared/storage-cache';
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
 * The application's auth settings as its config loader builds them from an empty environment, with
 * test keys and a login blocker namespace of its own, so that counters in a shared Redis never leak
 * between test runs.
 */
export function testAuthOptions(
  application: 'storefront' | 'backend',
  overrides: Partial<OAuthOptions> = {},
): OAuthOptions {
  const prefix = application.toUpperCase();
  const defaults = oauthConfig(prefix, application).load({});
  return {
    ...defaults,
    signingKeysPem: TEST_SIGNING_KEYS[application],
    loginBlockerScope: `test-${randomUUID()}`,
    ...overrides,
  };
}

/**
 * What a test may set of an application's HTTP configuration; unset, each takes its default from
 * an empty environment (no public URL, listening on 0.0.0.0 at the application's default port, no
 * trusted proxy, public caching for 60 seconds, no CORS origin).
 */
export interface HttpOptions {
  /** `<APP>_PUBLIC_URL`. */
  readonly publicUrl?: string | null;
  /** `HOST` and `<APP>_PORT`: the listen address, links' base when no public URL is set. */
  readonly host?: string;
  readonly port?: number;
  /** `TRUST_PROXY`. */
  readonly trustProxy?: number;
  /** `<APP>_CACHE_MAX_AGE_SECONDS`. */
  readonly cacheMaxAgeSeconds?: number;
  /** `<APP>_CORS_ORIGINS`. */
  readonly corsOrigins?: readonly string[];
  /** `<APP>_GLUE_COMPATIBILITY`; default: the application's (storefront on, backend off). */
  readonly glueCompatibility?: boolean;
}

function httpConfig(options: HttpOptions, defaults: ApplicationDefaults) {
  return {
    glueCompatibility: options.glueCompatibility ?? defaults.glueCompatibility,
    publicUrl: options.publicUrl ?? null,
    host: options.host ?? '0.0.0.0',
    port: options.port ?? defaults.port,
    cacheMaxAgeSeconds: options.cacheMaxAgeSeconds ?? 60,
    corsOrigins: options.corsOrigins ?? [],
  };
}

/**
 * The application's rate limits as its config loader builds them, raised far above what any suite
 * sends from 127.0.0.1, and a counter namespace of its own. Suites that test the limits pass small
 * ones.
 */
export function testRateLimitOptions(
  application: 'storefront' | 'backend',
  overrides: Partial<GlueRateLimitOptions> = {},
): GlueRateLimitOptions {
  const defaults = rateLimitConfig(application.toUpperCase()).load({});
  return { ...defaults, perIp: 10_000, perAccount: 10_000, scope: `test-${randomUUID()}`, ...overrides };
}

/** What a suite may change in an application it starts. */
export interface TestApplicationOptions extends HttpOptions {
  readonly auth?: Partial<OAuthOptions>;
  readonly rateLimit?: Partial<GlueRateLimitOptions>;
  /** `REDIS_URL` (login blocker, rate limits, readiness); default: the machine's, when it has one. */
  readonly redisUrl?: string | null;
  /** Request limits other than the defaults (`DEFAULT_REQUEST_LIMITS`). */
  readonly limits?: Partial<GlueRequestLimits>;
}

/** The suite's `redisUrl`, else the machine's `REDIS_URL` as the application's config loader reads it. */
function testRedisUrl(options: TestApplicationOptions): string | null {
  return options.redisUrl !== undefined
    ? options.redisUrl
    : redisUrlConfig().load({ REDIS_URL: process.env['REDIS_URL'] });
}

/** What `startApplication` may change in how an application module is booted. */
export interface StartOptions {
  /** `false`: log nothing (a suite that provokes a 500 on purpose); default: errors only. */
  readonly logErrors?: boolean;
  /** Proxies in front of the application (`TRUST_PROXY`), as `createGlueApplication` sets them. */
  readonly trustProxy?: number | undefined;
}

/**
 * Any Glue application module (a class or a `forRoot(…)` result), booted the way `main.ts` does, for
 * supertest: `request(started.http)`. Every response it sends is audited (json-api-response-audit.ts).
 * Close it in `afterAll` with `started.app.close()`.
 */
export async function startApplication(
  module: unknown,
  options: StartOptions = {},
): Promise<RunningApplication> {
  const app = await startGlueTestApplication(module, options);
  return { app, http: app.getHttpServer() as App };
}

/** The storefront application exactly as `main.ts` composes it, on the given database. */
export function startStorefront(
  databaseUrl: string,
  options: TestApplicationOptions & {
    readonly defaultStore?: string;
    readonly logErrors?: boolean;
    readonly customers?: Partial<CustomersApiOptions>;
    /**
     * `STORAGE_CACHE_…`: given (`{}` for the defaults of an empty environment), the storefront serves
     * from its storage cache and listens for changes. Default: no cache (TTL 0), so that suites that
     * count statements measure cold reads, whatever ran before.
     */
    readonly storageCache?: Partial<StorageCacheOptions>;
  } = {},
): Promise<RunningApplication> {
  return startApplication(
    StorefrontApiModule.forRoot({
      databaseUrl,
      defaultStore: options.defaultStore ?? 'DE',
      ...httpConfig(options, { port: 3000, glueCompatibility: true }),
      auth: testAuthOptions('storefront', options.auth),
      rateLimit: testRateLimitOptions('storefront', options.rateLimit),
      redisUrl: testRedisUrl(options),
      customers: { ...customersApiConfig('STOREFRONT').load({}), ...options.customers },
      storageCache: { ...storageCacheConfig().load({}), ...(options.storageCache ?? { ttlMs: 0 }) },
      ...(options.limits && { limits: options.limits }),
    }),
    { logErrors: options.logErrors ?? true, trustProxy: options.trustProxy },
  );
}

/** The backend application exactly as `main.ts` composes it, on the given database. */
export function startBackend(
  databaseUrl: string,
  options: TestApplicationOptions = {},
): Promise<RunningApplication> {
  return startApplication(
    BackendApiModule.forRoot({
      databaseUrl,
      defaultStore: 'DE',
      ...httpConfig(options, { port: 3001, glueCompatibility: false }),
      auth: testAuthOptions('backend', options.auth),
      rateLimit: testRateLimitOptions('backend', options.rateLimit),
      redisUrl: testRedisUrl(options),
      ...(options.limits && { limits: options.limits }),
    }),
    { trustProxy: options.trustProxy },
  );
}
