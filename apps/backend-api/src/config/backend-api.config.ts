import { env, loadConfig, shutdownGraceSeconds } from '#glue-core';
import { oauthConfig, type OAuthOptions } from '#resources/oauth-support';

export interface BackendApiConfig {
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

/** Reads and validates the backend's environment; throws `ConfigurationError` listing every problem. */
export function loadBackendApiConfig(
  source: Readonly<Record<string, string | undefined>> = process.env,
): BackendApiConfig {
  return loadConfig<BackendApiConfig>(
    {
      port: env.port('BACKEND_PORT', 3001),
      host: env.string('HOST', '0.0.0.0'),
      databaseUrl: env.postgresUrl('DATABASE_URL'),
      defaultStore: env.string('DEFAULT_STORE', 'DE', /^[A-Z][A-Z0-9_]{0,31}$/),
      corsOrigins: env.list('BACKEND_CORS_ORIGINS'),
      trustProxy: env.integer('TRUST_PROXY', 0, 0, 10),
      accessLog: env.flag('ACCESS_LOG', true),
      shutdownGraceSeconds: shutdownGraceSeconds(),
      auth: oauthConfig('BACKEND', 'backend'),
    },
    source,
  );
}
