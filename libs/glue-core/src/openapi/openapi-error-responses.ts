import type { GlueConvention } from '../convention/glue-convention.js';
import type { OpenApiMediaType, OpenApiResponse } from './openapi-document.js';
import type { SchemaComponents } from './schema-components.js';

/** What an error response needs of the application: its schemas and its conventions. */
export interface ErrorResponseContext {
  readonly components: SchemaComponents;
  /** The application's conventions, in its order (errors raised before negotiation use them). */
  readonly conventions: readonly GlueConvention[];
}

const ERROR_DESCRIPTIONS: Readonly<Record<number, string>> = {
  400: 'Bad request: a malformed query parameter, header or request document (`source` names it).',
  401: 'No valid access token: missing, expired, or not issued by an issuer the application trusts.',
  403: 'Forbidden: the access token lacks a required scope, or the document sets what it may not.',
  404: 'Not found (another customer’s resource is not found either: existence is not revealed).',
  405: 'The path exists, the method does not (`Allow` lists those that do).',
  406: 'No media type in `Accept` is served here, or the requested `version` does not exist.',
  409: 'Conflict: the document’s type or id do not match the endpoint, or the resource exists already.',
  413: 'The request body is too large.',
  415: 'The body’s `Content-Type` is not one this route reads (or names an unknown `version`).',
  422: 'An attribute failed validation: one error per attribute, `source.pointer` names it.',
  429: 'Too many attempts: retry after `Retry-After` seconds.',
  500: 'Something went wrong on our side; the error names the request id to quote.',
  503: 'A service the request needs (the database, Redis) is unreachable, or too many requests with an `include` are waiting: retry after `Retry-After` seconds.',
};

const ERROR_HEADERS: Readonly<Record<number, OpenApiResponse['headers']>> = {
  401: {
    'WWW-Authenticate': {
      description: 'RFC 6750 Bearer challenge (`error="invalid_token"` when a token was sent).',
      schema: { type: 'string' },
    },
  },
  405: { Allow: { description: 'The methods the path serves.', schema: { type: 'string' } } },
  429: { 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer', minimum: 0 } } },
  503: { 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer', minimum: 0 } } },
};

/** The error response for `status`: each media type in the convention that formats it. */
export function errorResponse(
  status: number,
  conventions: readonly GlueConvention[],
  context: ErrorResponseContext,
): OpenApiResponse {
  const content: Record<string, OpenApiMediaType> = {};
  // The route's conventions first; errors raised before negotiation may use any of the application's.
  for (const convention of [...conventions, ...context.conventions]) {
    if (content[convention.mediaType]) continue;
    content[convention.mediaType] = { schema: convention.describeErrors?.(context.components) ?? {} };
  }
  const headers = ERROR_HEADERS[status];
  return {
    description: ERROR_DESCRIPTIONS[status] ?? `Error ${status}.`,
    ...(headers && { headers }),
    content,
  };
}
