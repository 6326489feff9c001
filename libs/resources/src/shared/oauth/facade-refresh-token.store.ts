import { Injectable } from '@nestjs/common';
import {
  GlueErrorCode,
  OAuthGrantError,
  type GlueRefreshTokenStore,
  type GlueRefreshTokenSubject,
  type GlueSessionRefreshToken,
} from '#glue-core';
import { OAuthErrorCode, OAuthException, OAuthFacade } from '#zed-facades/oauth';

/** The OAuth server's sessions and refresh tokens, kept by the oauth domain (hashed, rotated). */
@Injectable()
export class FacadeRefreshTokenStore implements GlueRefreshTokenStore {
  constructor(private readonly oauthFacade: OAuthFacade) {}

  issue(subject: GlueRefreshTokenSubject, ttlSeconds: number): Promise<GlueSessionRefreshToken> {
    return this.oauthFacade.issueRefreshToken(subject, ttlSeconds);
  }

  async rotate(
    application: string,
    token: string,
    ttlSeconds: number,
  ): Promise<GlueSessionRefreshToken & { readonly subject: GlueRefreshTokenSubject }> {
    try {
      return await this.oauthFacade.rotateRefreshToken(application, token, ttlSeconds);
    } catch (error) {
      throw toGrantError(error);
    }
  }

  revoke(subject: GlueRefreshTokenSubject, token: string): Promise<boolean> {
    return this.oauthFacade.revokeRefreshToken(subject, token);
  }

  revokeAll(subject: GlueRefreshTokenSubject): Promise<number> {
    return this.oauthFacade.revokeAllRefreshTokens(subject);
  }

  revokeByRefreshToken(application: string, token: string): Promise<boolean> {
    return this.oauthFacade.revokeSessionOfRefreshToken(application, token);
  }

  revokeSession(sessionId: string): Promise<boolean> {
    return this.oauthFacade.revokeSession(sessionId);
  }

  isSessionActive(sessionId: string): Promise<boolean> {
    return this.oauthFacade.isSessionActive(sessionId);
  }

  onSessionsRevoked(listener: (sessionIds: readonly string[]) => void): void {
    this.oauthFacade.onSessionsRevoked(listener);
  }
}

const DESCRIPTIONS: Readonly<Record<OAuthErrorCode, string>> = {
  [OAuthErrorCode.REFRESH_TOKEN_INVALID]: 'The refresh token is not valid.',
  [OAuthErrorCode.REFRESH_TOKEN_EXPIRED]: 'The refresh token has expired.',
  [OAuthErrorCode.REFRESH_TOKEN_REUSED]:
    'The refresh token was already used; its session has been revoked, with every token of it.',
};

function toGrantError(error: unknown): unknown {
  if (!(error instanceof OAuthException)) return error;
  return new OAuthGrantError('invalid_grant', DESCRIPTIONS[error.code], GlueErrorCode.RefreshFailed);
}
