import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { IssuedRefreshToken, RefreshTokenSubject } from '../transfer/refresh-token.transfer.js';
import { OauthRefreshTokenEntity } from './oauth-refresh-token.entity.js';

/** Hex SHA-256: what is stored and looked up instead of the token itself. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function assertTtl(ttlSeconds: number): void {
  if (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0) {
    throw new RangeError(`A refresh token ttl must be a positive number of seconds, got ${ttlSeconds}.`);
  }
}

/** Inserts a fresh token of `familyId` (a new family when null) and returns the opaque token. */
export async function insertRefreshToken(
  manager: EntityManager,
  subject: RefreshTokenSubject,
  familyId: string | null,
  ttlSeconds: number,
  scopes: readonly string[] = [],
): Promise<IssuedRefreshToken> {
  const token = randomBytes(32).toString('base64url');
  const family = familyId ?? randomUUID();
  const [row] = await manager.query<{ expires_at: Date }[]>(
    `INSERT INTO oauth_refresh_token
       (token_hash, family_id, application, subject_kind, subject_id, scopes, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(secs => $7))
     RETURNING expires_at`,
    [hashToken(token), family, subject.application, subject.kind, subject.id, [...scopes], ttlSeconds],
  );
  if (!row) {
    throw new Error('INSERT … RETURNING returned no row.');
  }
  return { token, expiresAt: row.expires_at, familyId: family };
}

/** Revokes every not yet revoked token of the family; returns how many. */
export async function revokeFamily(manager: EntityManager, familyId: string): Promise<number> {
  const result = await manager
    .createQueryBuilder()
    .update(OauthRefreshTokenEntity)
    .set({ revokedAt: () => 'now()' })
    .where('family_id = :familyId AND revoked_at IS NULL', { familyId })
    .execute();
  return result.affected ?? 0;
}
