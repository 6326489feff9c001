import { OauthRefreshTokenEntity } from './oauth-refresh-token.entity.js';

export const OAUTH_ENTITIES = [OauthRefreshTokenEntity] as const;
