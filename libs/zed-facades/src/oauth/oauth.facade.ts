import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OauthErrorCode, OauthException } from './oauth.exception.js';
import {
  assertTtl,
  hashToken,
  insertRefreshToken,
  insertSuccessor,
  lockRefreshToken,
  revokeFamily,
} from './persistence/refresh-token.repository.js';
import type {
  IssuedRefreshToken,
  RefreshTokenSubject,
  RotatedRefreshToken,
} from './transfer/refresh-token.transfer.js';

type Rotation =
  | { readonly outcome: 'rotated'; readonly token: RotatedRefreshToken }
  | { readonly outcome: 'refused'; readonly code: OauthErrorCode; readonly message: string };

/**
 * Rotating refresh tokens. Only a token's SHA-256 is stored. Every exchange marks the token used and issues
 * a successor in the same family; presenting a used token again means it leaked, so the whole family is
 * revoked. Throws `OauthException`.
 */
@Injectable()
export class OauthFacade {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Starts a new family (a login). The token is 32 random bytes, base64url. */
  async issueRefreshToken(subject: RefreshTokenSubject, ttlSeconds: number): Promise<IssuedRefreshToken> {
    assertTtl(ttlSeconds);
    return await insertRefreshToken(this.dataSource.manager, subject, ttlSeconds);
  }

  /**
   * Exchanges a live token of `application` for its successor (fresh ttl, same family), in one transaction
   * holding the token's row lock: of two concurrent exchanges of one token only the first succeeds, the
   * second is a reuse. A reused token revokes its family, committed before REFRESH_TOKEN_REUSED is thrown.
   */
  async rotateRefreshToken(
    application: string,
    token: string,
    ttlSeconds: number,
  ): Promise<RotatedRefreshToken> {
    assertTtl(ttlSeconds);
    const rotation = await this.dataSource.transaction(async (manager): Promise<Rotation> => {
      const current = await lockRefreshToken(manager, token, application);
      // Unknown (or another application's) tokens and revoked ones alike.
      if (!current || current.revoked) {
        return refused(OauthErrorCode.REFRESH_TOKEN_INVALID, 'The refresh token is invalid.');
      }
      if (current.used) {
        // The revocation commits with this transaction; the caller throws only afterwards.
        await revokeFamily(manager, current.familyId);
        return refused(
          OauthErrorCode.REFRESH_TOKEN_REUSED,
          'The refresh token was already used; every token of its session has been revoked.',
        );
      }
      if (current.expired) {
        return refused(OauthErrorCode.REFRESH_TOKEN_EXPIRED, 'The refresh token has expired.');
      }
      const subject = { application, kind: current.subjectKind, id: current.subjectId };
      const successor = await insertSuccessor(manager, current, subject, ttlSeconds);
      return { outcome: 'rotated', token: { ...successor, subject } };
    });
    if (rotation.outcome === 'refused') {
      throw new OauthException(rotation.code, rotation.message);
    }
    return rotation.token;
  }

  /** Revokes the family of `token` when the token belongs to `subject`; whether anything was revoked. */
  async revokeRefreshToken(subject: RefreshTokenSubject, token: string): Promise<boolean> {
    const result = await this.dataSource.query<[unknown[], number]>(
      `UPDATE oauth_refresh_token SET revoked_at = now()
       WHERE revoked_at IS NULL AND family_id = (
         SELECT family_id FROM oauth_refresh_token
         WHERE token_hash = $1 AND application = $2 AND subject_kind = $3 AND subject_id = $4
       )`,
      [hashToken(token), subject.application, subject.kind, subject.id],
    );
    return result[1] > 0;
  }

  /** Revokes every token of the subject (logout everywhere); returns how many of them were still live. */
  async revokeAllRefreshTokens(subject: RefreshTokenSubject): Promise<number> {
    const [row] = await this.dataSource.query<{ live: number }[]>(
      `WITH revoked AS (
         UPDATE oauth_refresh_token SET revoked_at = now()
         WHERE application = $1 AND subject_kind = $2 AND subject_id = $3 AND revoked_at IS NULL
         RETURNING used_at, expires_at
       )
       SELECT count(*)::int AS live FROM revoked WHERE used_at IS NULL AND expires_at > now()`,
      [subject.application, subject.kind, subject.id],
    );
    return row?.live ?? 0;
  }
}

function refused(code: OauthErrorCode, message: string): Rotation {
  return { outcome: 'refused', code, message };
}
