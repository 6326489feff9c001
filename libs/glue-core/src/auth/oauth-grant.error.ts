import { GlueErrorCode } from '../errors/glue-error.js';
import { GlueHttpException } from '../errors/glue-http.exception.js';
import { LoginBlockedError, loginBlockedException } from './login-blocker.js';

/** The error codes of RFC 6749 §5.2 that a token endpoint of ours answers with. */
export type OAuthErrorName = 'invalid_request' | 'invalid_grant' | 'unsupported_grant_type';

/** Glue's code for each RFC 6749 error a grant can end in (the OAuth convention maps back). */
export const OAUTH_GLUE_CODES: Readonly<Record<OAuthErrorName, string>> = {
  invalid_request: GlueErrorCode.BadRequest,
  invalid_grant: GlueErrorCode.AuthenticationFailed,
  unsupported_grant_type: GlueErrorCode.UnsupportedGrantType,
};

/** A token request the OAuth server refuses, named as RFC 6749 names it. */
export class OAuthGrantError extends Error {
  constructor(
    readonly error: OAuthErrorName,
    readonly description: string,
    /** Glue's code: `003` failed to authenticate, `004` failed to refresh, … */
    readonly code: string = OAUTH_GLUE_CODES[error],
  ) {
    super(description);
    this.name = 'OAuthGrantError';
  }
}

/**
 * A grant without its credentials (`username`, `password`, `refresh_token`): RFC 6749 names it
 * `invalid_request`; Glue answers `invalid_grant`, as it answers wrong credentials.
 */
export class MissingGrantCredentialError extends OAuthGrantError {
  constructor(
    description: string,
    /** Glue's code for the grant: `003` (password) or `004` (refresh token). */
    readonly glueCode: string,
  ) {
    super('invalid_request', description);
    this.name = 'MissingGrantCredentialError';
  }

  /** The refusal as Glue words it. */
  asGlue(): OAuthGrantError {
    return new OAuthGrantError('invalid_grant', this.description, this.glueCode);
  }
}

/**
 * A refused grant or a blocked login as the HTTP error of an RFC 6749 token endpoint: 400 with the
 * grant's code, or 429 with `Retry-After` (code `4401`). The OAuth convention writes it as
 * `{ error, error_description }`. In Glue compatibility mode missing credentials are `invalid_grant`.
 */
export function toTokenEndpointException(
  refused: unknown,
  settings: { readonly glueCompatibility: boolean } = { glueCompatibility: false },
): unknown {
  const error =
    settings.glueCompatibility && refused instanceof MissingGrantCredentialError ? refused.asGlue() : refused;
  if (error instanceof LoginBlockedError) return loginBlockedException(error);
  if (error instanceof OAuthGrantError) {
    return GlueHttpException.of({
      status: 400,
      code: error.code,
      title: error.error,
      detail: error.description,
    });
  }
  return error;
}
