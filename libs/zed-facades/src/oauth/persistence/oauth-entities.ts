import { OauthRefreshTokenEntity } from './oauth-refresh-token.entity.js';
import { OauthSessionEntity } from './oauth-session.entity.js';

export const OAUTH_ENTITIES = [OauthRefreshTokenEntity, OauthSessionEntity] as const;
