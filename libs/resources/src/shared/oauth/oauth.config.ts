import path from 'node:path';
import {
  ConfigurationError,
  configGroup,
  configGroups,
  DEFAULT_LOGIN_BLOCKER_OPTIONS,
  DEFAULT_SESSION_CACHE_ENTRIES,
  DEFAULT_SESSION_STALENESS_MS,
  IsStringVariable,
  IsUrlVariable,
  IsWholeNumberVariable,
  MAX_SESSION_STALENESS_MS,
  type ConfigGroup,
} from '#glue-core';
import type { OAuthOptions } from './oauth.options.js';

const FIFTEEN_MINUTES = 15 * 60;
const THIRTY_DAYS = 30 * 24 * 60 * 60;

/** An application's own OAuth variables, after its prefix (`STOREFRONT_TOKEN_ISSUER`, …). */
class OAuthVariables {
  @IsStringVariable() readonly TOKEN_ISSUER: string = 'urn:glue:application';
  @IsStringVariable() readonly TOKEN_AUDIENCE: string = 'urn:glue:application-api';
  @IsStringVariable(/-----BEGIN [A-Z ]*PRIVATE KEY-----/) readonly JWT_PRIVATE_KEYS: string | null = null;
  @IsStringVariable() readonly OIDC_ISSUER: string | null = null;
  @IsStringVariable() readonly OIDC_AUDIENCE: string | null = null;
  @IsUrlVariable() readonly OIDC_JWKS_URI: string | null = null;
  @IsStringVariable() readonly OIDC_EMAIL_CLAIM: string = 'email';
  @IsStringVariable() readonly OIDC_SUBJECT_CLAIM: string = 'sub';
  @IsWholeNumberVariable(1) readonly LOGIN_BLOCKER_MAX_FAILURES_PER_ACCOUNT: number =
    DEFAULT_LOGIN_BLOCKER_OPTIONS.maxFailuresPerAccount;
  @IsWholeNumberVariable(1) readonly LOGIN_BLOCKER_MAX_FAILURES_PER_IP: number =
    DEFAULT_LOGIN_BLOCKER_OPTIONS.maxFailuresPerIp;
  @IsWholeNumberVariable(1) readonly LOGIN_BLOCKER_WINDOW_SECONDS: number =
    DEFAULT_LOGIN_BLOCKER_OPTIONS.windowSeconds;
}

/** The OAuth variables every application shares. */
class SharedOAuthVariables {
  @IsWholeNumberVariable(30) readonly ACCESS_TOKEN_TTL_SECONDS: number = FIFTEEN_MINUTES;
  @IsWholeNumberVariable(60) readonly REFRESH_TOKEN_TTL_SECONDS: number = THIRTY_DAYS;
  @IsStringVariable() readonly JWT_KEYS_DIR: string = path.resolve('.data', 'keys');
  @IsWholeNumberVariable(0, MAX_SESSION_STALENESS_MS) readonly SESSION_CACHE_STALENESS_MS: number =
    DEFAULT_SESSION_STALENESS_MS;
  @IsWholeNumberVariable(1) readonly SESSION_CACHE_MAX_ENTRIES: number = DEFAULT_SESSION_CACHE_ENTRIES;
}

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
  class ApplicationOAuthVariables extends OAuthVariables {
    override readonly TOKEN_ISSUER: string = `urn:glue:${application}`;
    override readonly TOKEN_AUDIENCE: string = `urn:glue:${application}-api`;
  }
  const variables = configGroups({
    values: configGroup(ApplicationOAuthVariables, `${prefix}_`, (values) => values),
    shared: configGroup(SharedOAuthVariables, '', (values) => values),
  });
  return {
    schema: variables.schema,
    load: (source) => {
      const { values, shared } = variables.load(source);
      if ((values.OIDC_ISSUER === null) !== (values.OIDC_AUDIENCE === null)) {
        throw new ConfigurationError([
          `${prefix}_OIDC_ISSUER and ${prefix}_OIDC_AUDIENCE: set both or neither.`,
        ]);
      }
      return {
        application,
        issuer: values.TOKEN_ISSUER,
        audience: values.TOKEN_AUDIENCE,
        accessTokenTtlSeconds: shared.ACCESS_TOKEN_TTL_SECONDS,
        refreshTokenTtlSeconds: shared.REFRESH_TOKEN_TTL_SECONDS,
        signingKeysPem: values.JWT_PRIVATE_KEYS,
        keyFile: path.join(shared.JWT_KEYS_DIR, `${application}.pem`),
        sessionCache: {
          stalenessMs: shared.SESSION_CACHE_STALENESS_MS,
          maxEntries: shared.SESSION_CACHE_MAX_ENTRIES,
        },
        loginBlocker: {
          maxFailuresPerAccount: values.LOGIN_BLOCKER_MAX_FAILURES_PER_ACCOUNT,
          maxFailuresPerIp: values.LOGIN_BLOCKER_MAX_FAILURES_PER_IP,
          windowSeconds: values.LOGIN_BLOCKER_WINDOW_SECONDS,
        },
        openIdConnect:
          values.OIDC_ISSUER !== null && values.OIDC_AUDIENCE !== null
            ? {
                issuer: values.OIDC_ISSUER,
                audience: values.OIDC_AUDIENCE,
                ...(values.OIDC_JWKS_URI !== null && { jwksUri: values.OIDC_JWKS_URI }),
                claims: { email: values.OIDC_EMAIL_CLAIM, subject: values.OIDC_SUBJECT_CLAIM },
              }
            : null,
      };
    },
  };
}
