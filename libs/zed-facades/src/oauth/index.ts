/**
 * OAuth domain: rotating refresh tokens (stored as SHA-256, grouped in families, reuse revokes the family).
 * Import `OauthModule` into a Nest module and inject `OauthFacade`. Access tokens (JWT) are not stored.
 */
export { OauthFacade } from './oauth.facade.js';
export { OauthModule } from './oauth.module.js';
export { OauthErrorCode, OauthException } from './oauth.exception.js';
export { OAUTH_ENTITIES } from './persistence/oauth-entities.js';
export type {
  IssuedRefreshToken,
  RefreshTokenSubject,
  RotatedRefreshToken,
} from './transfer/refresh-token.transfer.js';
