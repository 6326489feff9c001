import { Get, Header, HttpCode, HttpStatus, Inject, Post, Req } from '@nestjs/common';
import { Type } from '@sinclair/typebox';
import type { Request } from 'express';
import type { GlueRequest } from '../context/glue-request.js';
import { PublicCache } from '../http/cache-control.js';
import { clientAddress } from '../http/client-address.js';
import { ApiOperation, ErrorStatuses } from '../openapi/api-description.decorators.js';
import type { Attributes } from '../resource/attribute-schema.js';
import { Glue } from '../resource/glue-params.decorator.js';
import { RateLimitAccount } from '../rate-limit/rate-limit-account.decorator.js';
import type { GlueResourceObject } from '../resource/glue-resource-object.js';
import { GlueResource } from '../resource/glue-resource.decorator.js';
import { Public } from './auth.decorators.js';
import { GlueOAuthServer, type GlueClientInfo } from './glue-oauth.server.js';
import { toTokenEndpointException } from './oauth-grant.error.js';
import { OAUTH_CONVENTION_NAME } from './oauth.convention.js';
import { SigningKeyRing, type PublicJwk } from './signing-key-ring.js';

/** Injection token of the application's own `GlueOAuthServer`, for its token endpoints. */
export const GLUE_OAUTH_SERVER = Symbol('GLUE_OAUTH_SERVER');

/** A successful token response (RFC 6749 §5.1, plus the refresh token's lifetime). */
export const OAuthTokenResponseSchema = Type.Object({
  access_token: Type.String(),
  token_type: Type.Literal('Bearer'),
  expires_in: Type.Integer({ description: 'Seconds until the access token expires.' }),
  refresh_token: Type.String(),
  refresh_token_expires_in: Type.Integer({ description: 'Seconds until the refresh token expires.' }),
  scope: Type.String({ description: 'The granted scopes, space-separated.' }),
});

/** A JSON Web Key Set (RFC 7517 §5) of the application's public signing keys. */
export const JwksSchema = Type.Object({
  keys: Type.Array(
    Type.Object({
      kty: Type.String(),
      kid: Type.String(),
      alg: Type.String(),
      use: Type.Literal('sig'),
      n: Type.Optional(Type.String()),
      e: Type.Optional(Type.String()),
    }),
  ),
});

/**
 * `POST /token`: the RFC 6749 token endpoint of the application's own OAuth server (grants
 * `password` and `refresh_token`), form-urlencoded or JSON (also a JSON object labelled as a form,
 * as Glue's reads it). In Glue compatibility mode a grant without its credentials is
 * `invalid_grant`, as Glue words it. List it in the `controllers` of the module that provides
 * `GLUE_OAUTH_SERVER`.
 */
@GlueResource({
  type: 'token',
  noun: { one: 'an access token' },
  attributes: OAuthTokenResponseSchema,
  conventions: [OAUTH_CONVENTION_NAME],
  missingAccept: 'first-convention',
})
export class OAuthTokenController {
  constructor(@Inject(GLUE_OAUTH_SERVER) private readonly server: GlueOAuthServer) {}

  @Post()
  @ApiOperation({ summary: 'Get an access token with a password or a refresh token (OAuth 2.0)' })
  @Public()
  @RateLimitAccount('username')
  @ErrorStatuses(HttpStatus.TOO_MANY_REQUESTS)
  @HttpCode(HttpStatus.OK)
  // RFC 6749 §5.1: `Cache-Control: no-store` (every Glue response that declares no public caching
  // has it) and `Pragma: no-cache`.
  @Header('Pragma', 'no-cache')
  async token(
    @Glue() request: GlueRequest,
    @Req() http: Request,
  ): Promise<GlueResourceObject<Attributes<typeof OAuthTokenResponseSchema>>> {
    const token = await this.server
      .grant(request.attributes ?? {}, clientInfo(http))
      .catch((error: unknown) => {
        throw toTokenEndpointException(error, request);
      });
    return {
      type: 'token',
      id: 'token',
      attributes: {
        access_token: token.accessToken,
        token_type: token.tokenType,
        expires_in: token.expiresIn,
        refresh_token: token.refreshToken,
        refresh_token_expires_in: token.refreshTokenExpiresIn,
        scope: token.scope,
      },
    };
  }
}

/** `GET /.well-known/jwks.json`: the public keys that verify the application's access tokens. */
@GlueResource({
  type: 'jwks',
  noun: { one: 'the JSON Web Key Set' },
  path: '.well-known/jwks.json',
  attributes: JwksSchema,
  conventions: [OAUTH_CONVENTION_NAME],
  missingAccept: 'first-convention',
})
export class JwksController {
  constructor(private readonly keys: SigningKeyRing) {}

  @Get()
  @ApiOperation({ summary: 'Get the public keys that verify access tokens (JWKS)' })
  @Public()
  // Verifiers may keep the keys five minutes: a new key is listed a deploy before it signs (README).
  @PublicCache({ maxAgeSeconds: 300 })
  jwks(): GlueResourceObject<{ readonly keys: readonly PublicJwk[] }> {
    return { type: 'jwks', id: 'jwks', attributes: this.keys.jwks() };
  }
}

/** The caller as the token endpoint records it: its address as the request saw it (`clientAddress`). */
export function clientInfo(request: Request): GlueClientInfo {
  return {
    ip: clientAddress(request),
    userAgent: request.header('user-agent') ?? null,
  };
}
