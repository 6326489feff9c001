import { Injectable } from '@nestjs/common';
import {
  attributeJsonPointer,
  type GlueConvention,
  type GlueFormattedResponse,
  type GlueRequestBody,
} from '../convention/glue-convention.js';
import { GlueErrorCode, type GlueError } from '../errors/glue-error.js';
import { GlueHttpException } from '../errors/glue-http.exception.js';
import { OAUTH_GLUE_CODES } from './oauth-grant.error.js';
import { isGlueCollection, type GlueResult } from '../resource/glue-resource-object.js';

export const OAUTH_CONVENTION_NAME = 'oauth';

const FORM_MEDIA_TYPE = 'application/x-www-form-urlencoded';

/** RFC 6749 §5.2 error names by Glue code; any other client error is `invalid_request`. */
const OAUTH_ERROR_BY_CODE: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(OAUTH_GLUE_CODES).map(([name, code]) => [code, name])),
  // A failed refresh and a blocked login are refused grants too.
  [GlueErrorCode.RefreshFailed]: 'invalid_grant',
  [GlueErrorCode.LoginBlocked]: 'invalid_grant',
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
}
