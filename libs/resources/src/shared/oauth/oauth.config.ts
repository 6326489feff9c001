import path from 'node:path';
import {
  ConfigurationError,
  DEFAULT_LOGIN_BLOCKER_OPTIONS,
  DEFAULT_SESSION_CACHE_ENTRIES,
  DEFAULT_SESSION_STALENESS_MS,
  env,
  loadConfig,
  MAX_SESSION_STALENESS_MS,
  type ConfigGroup,
} from '#glue-core';
import type { OAuthOptions } from './oauth.options.js';

const FIFTEEN_MINUTES = 15 * 60;
const THIRTY_DAYS = 30 * 24 * 60 * 60;

/**
 * An application's OAuth settings from the environment (`prefix` = `BACKEND`, `STOREFRONT`):
 * `<PREFIX>_TOKEN_ISSUER`, `<PREFIX>_TOKEN_AUDIENCE`, `<PREFIX>_JWT_PRIVATE_KEYS` (PEM, first
 * signs), `JWT_KEYS_DIR`, `ACCESS_TOKEN_TTL_SECONDS`, `REFRESH_TOKEN_TTL_SECONDS` and
 * the external issuer's `<PREFIX>_OIDC_ISSUER`, `_AUDIENCE`, `_JWKS_URI`, `_EMAIL_CLAIM`,
 * `_SUBJECT_CLAIM`, the login blocker's `<PREFIX>_LOGIN_BLOCKER_MAX_FAILURES_PER_ACCOUNT`,
 * `_MAX_FAILURES_PER_IP` and `_WINDOW_SECONDS`, and the session cache's `SESSION_CACHE_STALENESS_MS`
 * and `SESSION_CACHE_MAX_ENTRIES`. See the README's configuration table and docs/security.md.
 */
export function oauthConfig(prefix: string, application: string): ConfigGroup<OAuthOptions> {
  return {
    load: (source) => {
      const values = loadConfig(
        {
          issuer: env.string(`${prefix}_TOKEN_ISSUER`, `urn:glue:${application}`),
          audience: env.string(`${prefix}_TOKEN_AUDIENCE`, `urn:glue:${application}-api`),
          accessTokenTtlSeconds: env.seconds('ACCESS_TOKEN_TTL_SECONDS', FIFTEEN_MINUTES, 30),
          refreshTokenTtlSeconds: env.seconds('REFRESH_TOKEN_TTL_SECONDS', THIRTY_DAYS, 60),
          signingKeysPem: env.optional(`${prefix}_JWT_PRIVATE_KEYS`, /-----BEGIN [A-Z ]*PRIVATE KEY-----/),
          keysDirectory: env.string('JWT_KEYS_DIR', path.resolve('.data', 'keys')),
          oidcIssuer: env.optional(`${prefix}_OIDC_ISSUER`),
          oidcAudience: env.optional(`${prefix}_OIDC_AUDIENCE`),
          oidcJwksUri: env.optionalUrl(`${prefix}_OIDC_JWKS_URI`),
          oidcEmailClaim: env.string(`${prefix}_OIDC_EMAIL_CLAIM`, 'email'),
          oidcSubjectClaim: env.string(`${prefix}_OIDC_SUBJECT_CLAIM`, 'sub'),
          sessionStalenessMs: env.integer(
            'SESSION_CACHE_STALENESS_MS',
            DEFAULT_SESSION_STALENESS_MS,
            0,
            MAX_SESSION_STALENESS_MS,
          ),
          sessionCacheEntries: env.integer('SESSION_CACHE_MAX_ENTRIES', DEFAULT_SESSION_CACHE_ENTRIES, 1),
          maxFailuresPerAccount: env.integer(
            `${prefix}_LOGIN_BLOCKER_MAX_FAILURES_PER_ACCOUNT`,
            DEFAULT_LOGIN_BLOCKER_OPTIONS.maxFailuresPerAccount,
            1,
          ),
          maxFailuresPerIp: env.integer(
            `${prefix}_LOGIN_BLOCKER_MAX_FAILURES_PER_IP`,
            DEFAULT_LOGIN_BLOCKER_OPTIONS.maxFailuresPerIp,
            1,
          ),
          loginWindowSeconds: env.seconds(
            `${prefix}_LOGIN_BLOCKER_WINDOW_SECONDS`,
            DEFAULT_LOGIN_BLOCKER_OPTIONS.windowSeconds,
          ),
        },
        source,
      );
      if ((values.oidcIssuer === null) !== (values.oidcAudience === null)) {
        throw new ConfigurationError([
          `${prefix}_OIDC_ISSUER and ${prefix}_OIDC_AUDIENCE: set both or neither.`,
        ]);
      }
      return {
        application,
        issuer: values.issuer,
        audience: values.audience,
        accessTokenTtlSeconds: values.accessTokenTtlSeconds,
        refreshTokenTtlSeconds: values.refreshTokenTtlSeconds,
        signingKeysPem: values.signingKeysPem,
        keyFile: path.join(values.keysDirectory, `${application}.pem`),
        sessionCache: { stalenessMs: values.sessionStalenessMs, maxEntries: values.sessionCacheEntries },
        loginBlocker: {
          maxFailuresPerAccount: values.maxFailuresPerAccount,
          maxFailuresPerIp: values.maxFailuresPerIp,
          windowSeconds: values.loginWindowSeconds,
        },
        openIdConnect:
          values.oidcIssuer !== null && values.oidcAudience !== null
            ? {
                issuer: values.oidcIssuer,
                audience: values.oidcAudience,
                ...(values.oidcJwksUri !== null && { jwksUri: values.oidcJwksUri }),
                claims: { email: values.oidcEmailClaim, subject: values.oidcSubjectClaim },
              }
            : null,
      };
    },
  };
}
