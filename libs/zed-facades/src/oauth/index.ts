/**
 * OAuth domain: sessions (what one login starts) and their rotating refresh tokens (stored as SHA-256;
 * reuse revokes the session). Import `OAuthModule` into a Nest module and inject `OAuthFacade`; the
 * writers of other domains inject `SessionWriter` to revoke an account's sessions in their own
 * transaction. Access tokens (JWT) are not stored: they name their session.
 */
export { OAuthFacade } from './oauth.facade.js';
export { OAuthModule } from './oauth.module.js';
export { OAuthErrorCode, OAuthException } from './oauth.exception.js';
export { SessionWriter } from './business/session.writer.js';
export { OAUTH_ENTITIES } from './persistence/oauth-entities.js';
export type {
  IssuedRefreshToken,
  RefreshTokenSubject,
  RotatedRefreshToken,
} from './transfer/refresh-token.transfer.js';
export {
  SessionRevocationReason,
  type SessionAccount,
  type SessionRevocationListener,
} from './transfer/session.transfer.js';
