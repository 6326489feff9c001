import { Injectable } from '@nestjs/common';
import {
  attributeJsonPointer,
  type GlueConvention,
  type GlueFormattedResponse,
  type GlueRequestBody,
} from '../convention/glue-convention.js';
import { GlueErrorCode, type GlueError } from '../errors/glue-error.js';
import { GlueHttpException } from '../errors/glue-http.exception.js';
import type {
  GlueBodyDescription,
  GlueRequestBodyDescription,
  GlueRequestBodySchema,
  GlueResultDescription,
  GlueSchemaComponents,
  JsonSchema,
} from '../openapi/api-description.js';
import { OAUTH_GLUE_CODES, type OAuthErrorName } from './oauth-grant.error.js';
import { PASSWORD_GRANT, REFRESH_TOKEN_GRANT } from './glue-oauth.server.js';
import { isGlueCollection, type GlueResult } from '../resource/glue-resource-object.js';

export const OAUTH_CONVENTION_NAME = 'oauth';

/** The resource type of RFC 7009 token revocation (`POST /revoke`), whose request is not a token request. */
export const TOKEN_REVOCATION_TYPE = 'token-revocation';

const FORM_MEDIA_TYPE = 'application/x-www-form-urlencoded';

/** RFC 6749 §5.2 error names by Glue code; any other client error is `invalid_request`. */
const OAUTH_ERROR_BY_CODE: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(OAUTH_GLUE_CODES).map(([name, code]) => [code, name])),
  // A failed refresh and a blocked login are refused grants too.
  [GlueErrorCode.RefreshFailed]: 'invalid_grant',
  [GlueErrorCode.LoginBlocked]: 'invalid_grant',
  // RFC 6749 §4.1.2.1's name for a server that cannot serve now; clients retry after `Retry-After`.
  [GlueErrorCode.ServiceUnavailable]: 'temporarily_unavailable',
};

/**
 * The OAuth 2.0 wire format (RFC 6749) of token endpoints and key sets: requests form-urlencoded
 * or JSON, a response is the plain attributes object (`access_token`, …) and an error is
 * `{ error, error_description }`. Only endpoints that speak OAuth list it.
 */
@Injectable()
export class OAuthConvention implements GlueConvention {
  readonly name = OAUTH_CONVENTION_NAME;
  readonly mediaType = 'application/json';
  readonly requestMediaTypes = [FORM_MEDIA_TYPE, 'application/json'];

  acceptsParameters(parameters: Readonly<Record<string, string>>): boolean {
    return Object.keys(parameters).every((name) => name === 'charset');
  }

  readBody(body: unknown): GlueRequestBody {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw GlueHttpException.badRequest('The request body must hold the token request parameters.');
    }
    return { attributes: body as Record<string, unknown>, id: null };
  }

  attributePointer(attributePath: string): string {
    return attributeJsonPointer(attributePath);
  }

  formatResult(result: NonNullable<GlueResult>): GlueFormattedResponse {
    if (isGlueCollection(result)) throw new Error('The OAuth convention formats single objects only.');
    return { body: result.attributes };
  }

  formatErrors(errors: readonly GlueError[]): unknown {
    const first = errors[0];
    if (!first) return { error: 'server_error' };
    const error =
      OAUTH_ERROR_BY_CODE[first.code] ?? (first.status >= 500 ? 'server_error' : 'invalid_request');
    return { error, error_description: errors.map((each) => each.detail ?? each.title).join(' ') };
  }

  /** The resource's attributes object as it is (the token response, a key set). */
  describeResult(result: GlueResultDescription): GlueBodyDescription {
    return { schema: result.resource.attributes ?? { type: 'object' } };
  }

  /**
   * A token request (RFC 6749 §4.3.2 and §6), or a revocation request (RFC 7009 §2.1) for token
   * revocation: only token endpoints speak OAuth.
   */
  describeRequestBody(
    body: GlueRequestBodyDescription,
    components: GlueSchemaComponents,
  ): GlueRequestBodySchema {
    if (body.type === TOKEN_REVOCATION_TYPE) {
      return { schema: components.ref('oauth.revocation-request', () => REVOCATION_REQUEST) };
    }
    return { schema: components.ref('oauth.token-request', () => TOKEN_REQUEST) };
  }

  describeErrors(components: GlueSchemaComponents): JsonSchema {
    return components.ref('oauth.error', () => ({
      type: 'object',
      required: ['error'],
      properties: {
        error: { enum: [...OAUTH_ERRORS] },
        error_description: { type: 'string' },
      },
      additionalProperties: false,
    }));
  }
}

/** The RFC 6749 §5.2 errors `formatErrors` writes. */
const OAUTH_ERRORS: readonly (OAuthErrorName | 'server_error' | 'temporarily_unavailable')[] = [
  'invalid_request',
  'invalid_grant',
  'unsupported_grant_type',
  'server_error',
  'temporarily_unavailable',
];

const TOKEN_REQUEST: JsonSchema = {
  oneOf: [
    {
      type: 'object',
      title: 'Password grant',
      required: ['grant_type', 'username', 'password'],
      properties: {
        grant_type: { const: PASSWORD_GRANT },
        username: { type: 'string' },
        password: { type: 'string', format: 'password' },
        scope: { type: 'string' },
      },
    },
    {
      type: 'object',
      title: 'Refresh token grant',
      required: ['grant_type', 'refresh_token'],
      properties: {
        grant_type: { const: REFRESH_TOKEN_GRANT },
        refresh_token: { type: 'string' },
        scope: { type: 'string' },
      },
    },
  ],
};

const REVOCATION_REQUEST: JsonSchema = {
  type: 'object',
  required: ['token'],
  properties: {
    token: { type: 'string', description: 'An access token or a refresh token of this application.' },
    token_type_hint: { enum: ['access_token', 'refresh_token'] },
  },
};
