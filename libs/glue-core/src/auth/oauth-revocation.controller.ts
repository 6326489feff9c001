import { Header, HttpCode, HttpStatus, Inject, Post } from '@nestjs/common';
import { Type } from '@sinclair/typebox';
import type { GlueRequest } from '../context/glue-request.js';
import { ApiOperation } from '../openapi/api-description.decorators.js';
import type { GlueResourceObject } from '../resource/glue-resource-object.js';
import { Glue } from '../resource/glue-params.decorator.js';
import { GlueResource } from '../resource/glue-resource.decorator.js';
import { Public } from './auth.decorators.js';
import { GlueOAuthServer } from './glue-oauth.server.js';
import { OAuthGrantError, toTokenEndpointException } from './oauth-grant.error.js';
import { GLUE_OAUTH_SERVER } from './oauth-token.controller.js';
import { OAUTH_CONVENTION_NAME, TOKEN_REVOCATION_TYPE } from './oauth.convention.js';

/** RFC 7009 §2.2: the answer carries nothing; clients look at the status only. */
export const TokenRevocationResponseSchema = Type.Object(
  {},
  { description: 'Empty: the token is revoked, or was not valid anyway.' },
);

/**
 * `POST /revoke`: RFC 7009 token revocation, the application's logout. The form (or JSON) parameter
 * `token` is one of the application's access tokens or refresh tokens; its session is revoked, so
 * every token of that login is refused from the next request on. Holding the token is the right to
 * revoke it (the clients are public: no client authentication). An unknown or invalid token is 200
 * too (§2.2); `token_type_hint` is accepted and not needed. List it in the `controllers` of the
 * module that provides `GLUE_OAUTH_SERVER`.
 */
@GlueResource({
  type: TOKEN_REVOCATION_TYPE,
  noun: { one: 'a token' },
  path: 'revoke',
  attributes: TokenRevocationResponseSchema,
  conventions: [OAUTH_CONVENTION_NAME],
  missingAccept: 'first-convention',
})
export class OAuthRevocationController {
  constructor(@Inject(GLUE_OAUTH_SERVER) private readonly server: GlueOAuthServer) {}

  @Post()
  @ApiOperation({ summary: 'Revoke a token and the session it belongs to (log out)' })
  @Public()
  @HttpCode(HttpStatus.OK)
  // RFC 7009 §2.2 inherits RFC 6749's no-store: every Glue response that declares no public caching has it.
  @Header('Pragma', 'no-cache')
  async revoke(@Glue() request: GlueRequest): Promise<GlueResourceObject<Record<string, never>>> {
    const token = request.attributes?.['token'];
    if (typeof token !== 'string' || token === '') {
      throw toTokenEndpointException(new OAuthGrantError('invalid_request', 'token is required.'));
    }
    await this.server.revokeToken(token);
    return { type: TOKEN_REVOCATION_TYPE, id: TOKEN_REVOCATION_TYPE, attributes: {} };
  }
}
