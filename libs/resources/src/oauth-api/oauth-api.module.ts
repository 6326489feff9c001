import { Module, type DynamicModule } from '@nestjs/common';
import {
  GLUE_OAUTH_SERVER,
  GlueOAuthStrategy,
  JwksController,
  LoginBlocker,
  OAuthRevocationController,
  OAuthTokenController,
  OpenIdConnectStrategy,
} from '#glue-core';
import { oauthProviders, type OAuthOptions } from '#resources/shared/oauth';
import { CustomerModule } from '#zed-facades/customer';
import { OAuthModule } from '#zed-facades/oauth';
import { CustomerAccounts, CustomerExternalIdentities } from './customer.accounts.js';
import { AccessTokensController, RefreshTokensController } from './tokens.controller.js';

/**
 * The storefront's authentication (Glue naming: `OAuthApi`): `POST /token` (RFC 6749), `POST /revoke`
 * (RFC 7009), Glue's `access-tokens` and `refresh-tokens`, `/.well-known/jwks.json`, the strategies
 * the application lists in its `authenticationServers`, and its `LoginBlocker` (the `customers`
 * resource counts current-password checks in it). `redisUrl`: the application's Redis (`REDIS_URL`),
 * where the login blocker counts; `null`: in memory.
 */
@Module({})
export class OAuthApiModule {
  static forRoot(options: OAuthOptions, redisUrl: string | null): DynamicModule {
    return {
      module: OAuthApiModule,
      imports: [CustomerModule, OAuthModule],
      controllers: [
        AccessTokensController,
        JwksController,
        OAuthRevocationController,
        OAuthTokenController,
        RefreshTokensController,
      ],
      providers: oauthProviders(options, redisUrl, CustomerAccounts, CustomerExternalIdentities),
      exports: [GLUE_OAUTH_SERVER, GlueOAuthStrategy, LoginBlocker, OpenIdConnectStrategy],
    };
  }
}
