import { OAuthRefreshTokenEntity } from './oauth-refresh-token.entity.js';
import { OAuthSessionEntity } from './oauth-session.entity.js';

export const OAUTH_ENTITIES = [OAuthRefreshTokenEntity, OAuthSessionEntity] as const;
