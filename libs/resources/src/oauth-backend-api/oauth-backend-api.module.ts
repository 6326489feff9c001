import { Module, type DynamicModule } from '@nestjs/common';
import {
  GLUE_OAUTH_SERVER,
  GlueOAuthStrategy,
  JwksController,
  OAuthRevocationController,
  OAuthTokenController,
  OpenIdConnectStrategy,
} from '#glue-core';
import { oauthProviders, type OAuthOptions } from '#resources/shared/oauth';
import { AuditLogModule } from '#zed-facades/audit-log';
import { OAuthModule } from '#zed-facades/oauth';
import { UserModule } from '#zed-facades/user';
import { BackOfficeExternalIdentities, BackOfficeUserAccounts } from './back-office-user.accounts.js';

/**
 * The backend's authentication (Glue naming: `OAuthBackendApi`): `POST /token` for back-office
 * users, `POST /revoke` (RFC 7009: logout), `/.well-known/jwks.json`, and the strategies the application
 * lists in its `authenticationServers` (`GlueOAuthStrategy`, `OpenIdConnectStrategy`). `redisUrl`: the
 * application's Redis (`REDIS_URL`), where the login blocker counts; `null`: in memory.
 */
@Module({})
export class OAuthBackendApiModule {
  static forRoot(options: OAuthOptions, redisUrl: string | null): DynamicModule {
    return {
      module: OAuthBackendApiModule,
      imports: [AuditLogModule, OAuthModule, UserModule],
      controllers: [JwksController, OAuthRevocationController, OAuthTokenController],
      providers: oauthProviders(options, redisUrl, BackOfficeUserAccounts, BackOfficeExternalIdentities),
      exports: [GLUE_OAUTH_SERVER, GlueOAuthStrategy, OpenIdConnectStrategy],
    };
  }
}
