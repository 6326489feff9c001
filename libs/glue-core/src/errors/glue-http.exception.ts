import { GlueErrorCode, type GlueError } from './glue-error.js';

/** RFC 6750 §3 parameters of a Bearer challenge (`invalid_token` when a token was sent). */
export interface BearerChallenge {
  readonly error?: 'invalid_request' | 'invalid_token' | 'insufficient_scope';
  readonly description?: string;
}

/** The `WWW-Authenticate` value of a Bearer challenge in `realm`. */
export function formatBearerChallenge(realm: string, challenge: BearerChallenge): string {
  const quote = (value: string) => `"${value.replace(/["\\]/g, "'")}"`;
  const parameters = [`realm=${quote(realm)}`];
  if (challenge.error) parameters.push(`error=${quote(challenge.error)}`);
  if (challenge.description) parameters.push(`error_description=${quote(challenge.description)}`);
  return `Bearer ${parameters.join(', ')}`;
}

/**
 * The one exception type the pipeline and resources throw for a client-visible error. It carries
 * one or more errors with the same HTTP status and optional response headers (`Allow`,
 * `WWW-Authenticate`, `Retry-After`).
 */
export class GlueHttpException extends Error {
  readonly status: number;

  constructor(
    readonly errors: readonly GlueError[],
    readonly headers: Readonly<Record<string, string>> = {},
    /** A 401's RFC 6750 challenge; the error step writes it with the application's realm. */
    readonly challenge: BearerChallenge | null = null,
  ) {
    const first = errors[0];
    super(first ? `${first.status} ${first.title}` : 'Glue error');
    this.status = first?.status ?? 500;
  }

  static of(error: GlueError, headers?: Readonly<Record<string, string>>): GlueHttpException {
    return new GlueHttpException([error], headers);
  }

  /** 401 with `WWW-Authenticate: Bearer realm="<application>"` and the challenge's parameters. */
  static unauthorized(
    error: Omit<GlueError, 'status' | 'title'> & { readonly title?: string },
    challenge: BearerChallenge = {},
  ): GlueHttpException {
    return new GlueHttpException([{ status: 401, title: 'Unauthorized', ...error }], {}, challenge);
  }

  static badRequest(
    detail: string,
    source?: GlueError['source'],
    code: string = GlueErrorCode.BadRequest,
  ): GlueHttpException {
    return GlueHttpException.of({
      status: 400,
      code,
      title: 'Bad request',
      detail,
      ...(source && { source }),
    });
  }

  static invalidParameter(
    parameter: string,
    detail: string,
    code: string = GlueErrorCode.InvalidQueryParameter,
  ): GlueHttpException {
    return GlueHttpException.badRequest(detail, { parameter }, code);
  }

  static notFound(detail = 'The requested resource was not found.'): GlueHttpException {
    return GlueHttpException.of({
      status: 404,
      code: GlueErrorCode.NotFound,
      title: 'Resource not found',
      detail,
    });
  }

  static conflict(
    detail: string,
    source?: GlueError['source'],
    code: string = GlueErrorCode.Conflict,
  ): GlueHttpException {
    return GlueHttpException.of({ status: 409, code, title: 'Conflict', detail, ...(source && { source }) });
  }

  static forbidden(
    detail: string,
    source?: GlueError['source'],
    code: string = GlueErrorCode.Forbidden,
  ): GlueHttpException {
    return GlueHttpException.of({ status: 403, code, title: 'Forbidden', detail, ...(source && { source }) });
  }

  static unprocessable(errors: readonly Omit<GlueError, 'status' | 'title'>[]): GlueHttpException {
    return new GlueHttpException(
      errors.map((error) => ({ status: 422, title: 'Invalid attribute', ...error })),
    );
  }
}
