import { Type } from '@sinclair/typebox';
import type { Attributes, GlueResourceObject, GlueTokenResponse } from '#glue-core';

export const ACCESS_TOKENS_TYPE = 'access-tokens';
export const REFRESH_TOKENS_TYPE = 'refresh-tokens';

/**
 * Glue's `access-tokens` and `refresh-tokens` attributes (both answer with a fresh token pair); the
 * id is the access token's `jti`, sent as `null` in Glue compatibility mode as Glue sends it (the
 * resources are transient). Lifetimes are in seconds.
 */
export const TokenAttributesSchema = Type.Object({
  tokenType: Type.Literal('Bearer'),
  expiresIn: Type.Integer(),
  accessToken: Type.String(),
  refreshToken: Type.String(),
  refreshTokenExpiresIn: Type.Integer(),
});

export type TokenAttributes = Attributes<typeof TokenAttributesSchema>;

export function toTokenResource(
  type: typeof ACCESS_TOKENS_TYPE | typeof REFRESH_TOKENS_TYPE,
  token: GlueTokenResponse,
): GlueResourceObject<TokenAttributes> {
  return {
    type,
    id: token.accessTokenId,
    transient: true,
    attributes: {
      tokenType: token.tokenType,
      expiresIn: token.expiresIn,
      accessToken: token.accessToken,
      refreshToken: token.refreshToken,
      refreshTokenExpiresIn: token.refreshTokenExpiresIn,
    },
  };
}
