import { Delete, HttpCode, HttpStatus, Inject, Param, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import {
  ApiOperation,
  clientInfo,
  ErrorStatuses,
  Glue,
  GLUE_OAUTH_SERVER,
  GlueAttributes,
  GlueErrorCode,
  GlueHttpException,
  GlueOAuthServer,
  GlueResource,
  OAuthGrantError,
  PASSWORD_GRANT,
  Public,
  RateLimitAccount,
  REFRESH_TOKEN_GRANT,
  Scopes,
  toTokenEndpointException,
  type GlueRequest,
  type GlueResourceObject,
} from '#glue-core';
import { CUSTOMER_SCOPE } from '#resources/shared/customer-access';
import { AccessTokenAttributes, RefreshTokenAttributes } from './dto/token.attributes.js';
import {
  ACCESS_TOKENS_TYPE,
  REFRESH_TOKENS_TYPE,
  TokenAttributesSchema,
  toTokenResource,
  type TokenAttributes,
} from './tokens.mapper.js';

/** Glue's `POST /access-tokens`: a customer logs in with e-mail and password. */
@GlueResource({
  type: ACCESS_TOKENS_TYPE,
  noun: { one: 'an access token' },
  attributes: TokenAttributesSchema,
  conventions: ['json-api'],
  transient: true,
})
export class AccessTokensController {
  constructor(@Inject(GLUE_OAUTH_SERVER) private readonly server: GlueOAuthServer) {}

  @Post()
  @Public()
  @RateLimitAccount('username')
  @ErrorStatuses(HttpStatus.UNAUTHORIZED, HttpStatus.TOO_MANY_REQUESTS)
  async create(
    @GlueAttributes() attributes: AccessTokenAttributes,
    @Req() http: Request,
  ): Promise<GlueResourceObject<TokenAttributes>> {
    const parameters = { grant_type: PASSWORD_GRANT, ...attributes };
    const token = await this.server.grant(parameters, clientInfo(http)).catch(toTokenError);
    return toTokenResource(ACCESS_TOKENS_TYPE, token);
  }
}

/** Glue's `refresh-tokens`: exchange a refresh token, or revoke one (`mine`: all of the caller's). */
@GlueResource({
  type: REFRESH_TOKENS_TYPE,
  noun: { one: 'a refresh token' },
  attributes: TokenAttributesSchema,
  conventions: ['json-api'],
  transient: true,
})
export class RefreshTokensController {
  constructor(@Inject(GLUE_OAUTH_SERVER) private readonly server: GlueOAuthServer) {}

  @Post()
  @ApiOperation({ summary: 'Refresh an access token with a refresh token' })
  @Public()
  @ErrorStatuses(HttpStatus.UNAUTHORIZED)
  async create(
    @GlueAttributes() attributes: RefreshTokenAttributes,
    @Req() http: Request,
  ): Promise<GlueResourceObject<TokenAttributes>> {
    const parameters = { grant_type: REFRESH_TOKEN_GRANT, refresh_token: attributes.refreshToken };
    const token = await this.server.grant(parameters, clientInfo(http)).catch(toTokenError);
    return toTokenResource(REFRESH_TOKENS_TYPE, token);
  }

  /**
   * Log out. Strict JSON:API answers a token that is not the caller's (unknown, already revoked)
   * with 404; Glue compatibility mode with 204 whatever was revoked, as Glue does, so logging out
   * twice is no error.
   */
  @Delete(':refreshToken')
  @ApiOperation({ summary: "Revoke a refresh token, or all of the caller's with mine" })
  @Scopes(CUSTOMER_SCOPE)
  @HttpCode(HttpStatus.NO_CONTENT)
  async revoke(@Param('refreshToken') refreshToken: string, @Glue() request: GlueRequest): Promise<void> {
    const identity = request.identity;
    if (!identity) throw new Error('Unreachable: the route requires a customer.');
    if (refreshToken === 'mine') {
      await this.server.revokeAllRefreshTokens(identity);
      return;
    }
    const revoked = await this.server.revokeRefreshToken(identity, refreshToken);
    if (!revoked && !request.glueCompatibility) {
      throw GlueHttpException.notFound('The refresh token was not found.');
    }
  }
}

/**
 * Glue answers a refused login (`003`) or refresh (`004`) on these JSON:API endpoints with 401;
 * a blocked login stays 429 with `Retry-After`.
 */
function toTokenError(error: unknown): never {
  if (error instanceof OAuthGrantError && error.error === 'invalid_grant') {
    const refresh = error.code === GlueErrorCode.RefreshFailed;
    throw GlueHttpException.unauthorized({
      code: error.code,
      title: refresh ? 'Failed to refresh token' : 'Failed to authenticate user',
      detail: error.description,
    });
  }
  throw toTokenEndpointException(error);
}
