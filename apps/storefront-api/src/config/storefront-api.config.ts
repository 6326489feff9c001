import { env, loadConfig, shutdownGraceSeconds } from '#glue-core';
import { oauthConfig, type OAuthOptions } from '#resources/oauth-support';

export interface StorefrontApiConfig {
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string;
  readonly defaultStore: string;
  readonly corsOrigins: readonly string[];
  readonly auth: OAuthOptions;
  /** Proxies in front of the application whose `X-Forwarded-For` is trusted (client IP for the login blocker). */
  readonly trustProxy: number;
  /** One line per request on stdout (`ACCESS_LOG`, default on). */
  readonly accessLog: boolean;
  /** How long a stop lets requests in flight finish (`SHUTDOWN_GRACE_SECONDS`, default 5). */
  readonly shutdownGraceSeconds: number;
}

/** Reads and validates the storefront's environment; throws `ConfigurationError` listing every problem. */
export function loadStorefrontApiConfig(
  source: Readonly<Record<string, string | undefined>> = process.env,
): StorefrontApiConfig {
  return loadConfig<StorefrontApiConfig>(
    {
      port: env.port('STOREFRONT_PORT', 3000),
      host: env.string('HOST', '0.0.0.0'),
      databaseUrl: env.postgresUrl('DATABASE_URL'),
      defaultStore: env.string('DEFAULT_STORE', 'DE', /^[A-Z][A-Z0-9_]{0,31}$/),
      corsOrigins: env.list('STOREFRONT_CORS_ORIGINS'),
      trustProxy: env.integer('TRUST_PROXY', 0, 0, 10),
      accessLog: env.flag('ACCESS_LOG', true),
      shutdownGraceSeconds: shutdownGraceSeconds(),
      auth: oauthConfig('STOREFRONT', 'storefront'),
    },
    source,
  );
}
