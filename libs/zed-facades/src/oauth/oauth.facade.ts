import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SessionWriter } from './business/session.writer.js';
import { OAuthErrorCode, OAuthException } from './oauth.exception.js';
import {
  assertTtl,
  insertSessionAndToken,
  insertSuccessor,
  lockRefreshToken,
} from './persistence/refresh-token.repository.js';
import { SessionRevocationSubscriber } from './persistence/session-revocation.subscriber.js';
import { isSessionActive } from './persistence/session.repository.js';
import type {
  IssuedRefreshToken,
  RefreshTokenSubject,
  RotatedRefreshToken,
} from './transfer/refresh-token.transfer.js';
import { SessionRevocationReason, type SessionRevocationListener } from './transfer/session.transfer.js';

type Rotation =
  | { readonly outcome: 'rotated'; readonly token: RotatedRefreshToken }
  | { readonly outcome: 'refused'; readonly code: OAuthErrorCode; readonly message: string };

/**
 * Sessions and their rotating refresh tokens. A login starts a session; every exchange marks the token
 * used and issues a successor in the same session; presenting a used token again means it leaked, so the
 * session is revoked. A revoked session's refresh tokens are refused, and its access tokens too (they name
 * it: `isSessionActive`). Only a token's SHA-256 is stored. Throws `OAuthException`.
 */
@Injectable()
export class OAuthFacade {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessionWriter: SessionWriter,
    private readonly revocations: SessionRevocationSubscriber,
  ) {}

  /** Starts a session (a login) and its first refresh token: 32 random bytes, base64url. */
  async issueRefreshToken(subject: RefreshTokenSubject, ttlSeconds: number): Promise<IssuedRefreshToken> {
    assertTtl(ttlSeconds);
    return await insertSessionAndToken(this.dataSource.manager, subject, ttlSeconds);
  }

  /**
   * Exchanges a live token of `application` for its successor (fresh ttl, same session), in one transaction
   * holding the token's row lock: of two concurrent exchanges of one token only the first succeeds, the
   * second is a reuse. A reused token revokes its session, committed before REFRESH_TOKEN_REUSED is thrown.
   */
  async rotateRefreshToken(
    application: string,
    token: string,
    ttlSeconds: number,
  ): Promise<RotatedRefreshToken> {
    assertTtl(ttlSeconds);
    const rotation = await this.dataSource.transaction(async (manager): Promise<Rotation> => {
      const current = await lockRefreshToken(manager, token, application);
      // Unknown (or another application's) tokens and revoked ones (or of a revoked session) alike.
      if (!current || current.revoked) {
        return refused(OAuthErrorCode.REFRESH_TOKEN_INVALID, 'The refresh token is invalid.');
      }
      if (current.used) {
        // The revocation commits with this transaction; the caller throws only afterwards.
        await this.sessionWriter.revoke(
          manager,
          { by: 'id', sessionId: current.sessionId },
          SessionRevocationReason.REFRESH_TOKEN_REUSED,
        );
        return refused(
          OAuthErrorCode.REFRESH_TOKEN_REUSED,
          'The refresh token was already used; its session has been revoked.',
        );
      }
      if (current.expired) {
        return refused(OAuthErrorCode.REFRESH_TOKEN_EXPIRED, 'The refresh token has expired.');
      }
      const subject = { application, kind: current.subjectKind, id: current.subjectId };
      const successor = await insertSuccessor(manager, current, subject, ttlSeconds);
      return { outcome: 'rotated', token: { ...successor, subject } };
    });
    if (rotation.outcome === 'refused') {
      throw new OAuthException(rotation.code, rotation.message);
    }
    return rotation.token;
  }

  /** Revokes the session of `token` when the token belongs to `subject` (logout); whether it did. */
  async revokeRefreshToken(subject: RefreshTokenSubject, token: string): Promise<boolean> {
    const owner = { kind: subject.kind, id: subject.id };
    const revoked = await this.sessionWriter.revoke(
      this.dataSource.manager,
      { by: 'refresh-token', application: subject.application, token, owner },
      SessionRevocationReason.LOGOUT,
    );
    return revoked.length > 0;
  }

  /**
   * Revokes the session of a refresh token of `application`, whoever presents it (RFC 7009: holding the
   * token is the right to end it); whether it did.
   */
  async revokeSessionOfRefreshToken(application: string, token: string): Promise<boolean> {
    const revoked = await this.sessionWriter.revoke(
      this.dataSource.manager,
      { by: 'refresh-token', application, token, owner: null },
      SessionRevocationReason.LOGOUT,
    );
    return revoked.length > 0;
  }

  /** Revokes one session by its id (an access token's `sid`); whether it was still live. */
  async revokeSession(sessionId: string): Promise<boolean> {
    const revoked = await this.sessionWriter.revoke(
      this.dataSource.manager,
      { by: 'id', sessionId },
      SessionRevocationReason.LOGOUT,
    );
    return revoked.length > 0;
  }

  /** Revokes every live session of the subject in its application (logout everywhere); returns how many. */
  async revokeAllRefreshTokens(subject: RefreshTokenSubject): Promise<number> {
    const revoked = await this.sessionWriter.revoke(
      this.dataSource.manager,
      { by: 'subject', subject },
      SessionRevocationReason.LOGOUT,
    );
    return revoked.length;
  }

  /** Whether the session exists and is not revoked: one primary-key read (a malformed id is not active). */
  isSessionActive(sessionId: string): Promise<boolean> {
    return isSessionActive(this.dataSource.manager, sessionId);
  }

  /**
   * Calls `listener` with the ids of the sessions this process revokes (through this facade or another
   * domain's writer), as soon as each revocation has committed; returns the unsubscribe.
   */
  onSessionsRevoked(listener: SessionRevocationListener): () => void {
    return this.revocations.listen(listener);
  }
}

function refused(code: OAuthErrorCode, message: string): Rotation {
  return { outcome: 'refused', code, message };
}
