/**
 * One error as every convention receives it. Conventions decide how it looks on the wire
 * (JSON:API error object, plain JSON error, RFC 6749 error).
 */
export interface GlueError {
  readonly status: number;
  /** Stable, documented code (Glue's where one exists, e.g. `007` for "not found"). */
  readonly code: string;
  readonly title: string;
  readonly detail?: string;
  readonly source?: GlueErrorSource;
}

/** Where the error comes from; `attribute` is a path into the request attributes (`a.0.b`). */
export interface GlueErrorSource {
  readonly attribute?: string;
  readonly pointer?: string;
  readonly parameter?: string;
  readonly header?: string;
}

/**
 * Codes glue-core itself emits (docs/error-codes.md): Glue's where Glue has one, the HTTP status for
 * a generic case, four digits for the sub-cases of 400 and 403. Resources keep their own code lists
 * next to their domain error mappings (`glueDomainErrors`).
 */
export const GlueErrorCode = {
  InvalidAccessToken: '001',
  MissingAccessToken: '002',
  AuthenticationFailed: '003',
  RefreshFailed: '004',
  NotFound: '007',
  UnsupportedAccept: '010',
  InvalidFilter: '011',
  BadRequest: '400',
  InvalidQueryParameter: '4001',
  MalformedDocument: '4002',
  Forbidden: '403',
  ClientIdNotSupported: '4003',
  UnsupportedGrantType: '4004',
  RateLimited: '429',
  LimitExceeded: '4005',
  UnstorableText: '4006',
  LoginBlocked: '4401',
  MethodNotAllowed: '405',
  Conflict: '409',
  PayloadTooLarge: '413',
  UnsupportedMediaType: '415',
  ValidationFailed: '422',
  UnknownStore: '601',
  Internal: '500',
  ServiceUnavailable: '503',
} as const;
export type GlueErrorCode = (typeof GlueErrorCode)[keyof typeof GlueErrorCode];
