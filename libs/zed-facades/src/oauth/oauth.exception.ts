export enum OauthErrorCode {
  REFRESH_TOKEN_INVALID = 'REFRESH_TOKEN_INVALID',
  REFRESH_TOKEN_EXPIRED = 'REFRESH_TOKEN_EXPIRED',
  REFRESH_TOKEN_REUSED = 'REFRESH_TOKEN_REUSED',
}

/** A refresh token that cannot be exchanged. */
export class OauthException extends Error {
  constructor(
    readonly code: OauthErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'OauthException';
  }
}
