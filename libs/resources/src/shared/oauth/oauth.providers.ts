import type { Provider, Type } from '@nestjs/common';
import {
  AccessTokenService,
  GLUE_OAUTH_SERVER,
  GlueOAuthServer,
  GlueOAuthStrategy,
  LoginBlocker,
  MemoryAttemptCounterStore,
  OpenIdConnectStrategy,
  RedisAttemptCounterStore,
  SigningKeyRing,
  type AttemptCounterStore,
  type ExternalIdentityResolver,
  type GlueOAuthAccountProvider,
} from '#glue-core';
import { FacadeRefreshTokenStore } from './facade-refresh-token.store.js';
import type { OAuthOptions } from './oauth.options.js';

const ATTEMPT_COUNTER_STORE = Symbol('ATTEMPT_COUNTER_STORE');

/** Maps a verified external (OpenID Connect) identity to one of the application's accounts. */
export interface ExternalIdentityMapper {
  readonly resolve: ExternalIdentityResolver;
}

/**
 * The providers of an application's authentication: its signing keys, access tokens, login
 * blocker (its counters in the application's Redis, `redisUrl`, or in memory), refresh tokens, its
 * own OAuth server (`GLUE_OAUTH_SERVER`: the token endpoints), and the Passport strategies the
 * application lists in its `authenticationServers`: `GlueOAuthStrategy` (its own tokens) and, when
 * configured (else `null`), `OpenIdConnectStrategy` (an external issuer's).
 */
export function oauthProviders(
  options: OAuthOptions,
  redisUrl: string | null,
  accounts: Type<GlueOAuthAccountProvider>,
  externalIdentities: Type<ExternalIdentityMapper>,
): Provider[] {
  return [
    {
      provide: SigningKeyRing,
      useFactory: () =>
        options.signingKeysPem !== null
          ? SigningKeyRing.fromPem(options.signingKeysPem)
          : SigningKeyRing.loadOrGenerate(options.keyFile),
    },
    {
      provide: AccessTokenService,
      useFactory: (keys: SigningKeyRing) =>
        new AccessTokenService({
          issuer: options.issuer,
          audience: options.audience,
          ttlSeconds: options.accessTokenTtlSeconds,
          keys,
        }),
      inject: [SigningKeyRing],
    },
    {
      provide: ATTEMPT_COUNTER_STORE,
      useFactory: (): Promise<AttemptCounterStore> | AttemptCounterStore =>
        redisUrl !== null ? RedisAttemptCounterStore.connect(redisUrl) : new MemoryAttemptCounterStore(),
    },
    {
      provide: LoginBlocker,
      useFactory: (store: AttemptCounterStore) =>
        new LoginBlocker(store, options.loginBlockerScope ?? options.application, options.loginBlocker),
      inject: [ATTEMPT_COUNTER_STORE],
    },
    FacadeRefreshTokenStore,
    accounts,
    {
      provide: GLUE_OAUTH_SERVER,
      useFactory: (
        accessTokens: AccessTokenService,
        loginBlocker: LoginBlocker,
        refreshTokens: FacadeRefreshTokenStore,
        accountProvider: GlueOAuthAccountProvider,
      ) =>
        new GlueOAuthServer({
          application: options.application,
          accessTokens,
          refreshTokenTtlSeconds: options.refreshTokenTtlSeconds,
          accounts: accountProvider,
          refreshTokens,
          loginBlocker,
        }),
      inject: [AccessTokenService, LoginBlocker, FacadeRefreshTokenStore, accounts],
    },
    {
      provide: GlueOAuthStrategy,
      useFactory: (
        accessTokens: AccessTokenService,
        sessions: FacadeRefreshTokenStore,
        accountProvider: GlueOAuthAccountProvider,
      ) =>
        new GlueOAuthStrategy({
          accessTokens,
          accounts: accountProvider,
          sessions,
          ...(options.sessionCache && { sessionCache: options.sessionCache }),
        }),
      inject: [AccessTokenService, FacadeRefreshTokenStore, accounts],
    },
    externalIdentities,
    {
      provide: OpenIdConnectStrategy,
      useFactory: (mapper: ExternalIdentityMapper) =>
        options.openIdConnect ? new OpenIdConnectStrategy(options.openIdConnect, mapper.resolve) : null,
      inject: [externalIdentities],
    },
  ];
}
