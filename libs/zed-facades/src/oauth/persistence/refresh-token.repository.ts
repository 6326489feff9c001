import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { IssuedRefreshToken, RefreshTokenSubject } from '../transfer/refresh-token.transfer.js';

/**
 * A stored token as a rotation sees it, under its row lock; `expired` is judged by the database's clock,
 * `revoked` by its session's row.
 */
export interface LockedRefreshToken {
  /** bigint: node-postgres hands it over as a string. */
  readonly id: string;
  readonly sessionId: string;
  readonly subjectKind: string;
  readonly subjectId: string;
  readonly scopes: readonly string[];
  readonly used: boolean;
  readonly revoked: boolean;
  readonly expired: boolean;
}

interface LockedRow {
  readonly id: string;
  readonly session_id: string;
  readonly subject_kind: string;
  readonly subject_id: string;
  readonly scopes: string[];
  readonly used: boolean;
  readonly revoked: boolean;
  readonly expired: boolean;
}

// token_hash is unique: at most one row. The session's row decides whether it is revoked, for every token
// of the session, the successor of a rotation that raced the revocation included. (A token's own
// revoked_at is set only on tokens revoked before sessions existed, whose sessions were created revoked.)
const SELECT_FOR_UPDATE = `
  SELECT t.id, t.session_id, t.subject_kind, t.subject_id, t.scopes,
         t.used_at IS NOT NULL AS used,
         s.revoked_at IS NOT NULL AS revoked,
         t.expires_at <= now() AS expired
  FROM oauth_refresh_token t JOIN oauth_session s ON s.id = t.session_id
  WHERE t.token_hash = $1 AND t.application = $2
  FOR UPDATE OF t`;

const INSERT_TOKEN = `
  INSERT INTO oauth_refresh_token
    (token_hash, session_id, application, subject_kind, subject_id, scopes, expires_at)
  VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(secs => $7))
  RETURNING expires_at`;

// A login: the session and its first token in one statement (the foreign key is checked at its end).
const INSERT_SESSION_AND_TOKEN = `
  WITH session AS (
    INSERT INTO oauth_session (id, application, subject_kind, subject_id) VALUES ($2, $3, $4, $5)
  )
  ${INSERT_TOKEN}`;

// Marks the predecessor used in the same statement that inserts its successor: a data-modifying CTE runs
// whether or not the main statement reads from it.
const INSERT_SUCCESSOR = `
  WITH used AS (UPDATE oauth_refresh_token SET used_at = now() WHERE id = $8)
  ${INSERT_TOKEN}`;

/** Hex SHA-256: what is stored and looked up instead of the token itself. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function assertTtl(ttlSeconds: number): void {
  if (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0) {
    throw new RangeError(`A refresh token ttl must be a positive number of seconds, got ${ttlSeconds}.`);
  }
}

/** The token of `application` with the row locked until the transaction ends; null when there is none. */
export async function lockRefreshToken(
  manager: EntityManager,
  token: string,
  application: string,
): Promise<LockedRefreshToken | null> {
  const [row] = await manager.query<LockedRow[]>(SELECT_FOR_UPDATE, [hashToken(token), application]);
  if (!row) {
    return null;
  }
  return {
    id: row.id,
    sessionId: row.session_id,
    subjectKind: row.subject_kind,
    subjectId: row.subject_id,
    scopes: row.scopes,
    used: row.used,
    revoked: row.revoked,
    expired: row.expired,
  };
}

/** Starts a session (a login) with its first token and returns the opaque token. */
export function insertSessionAndToken(
  manager: EntityManager,
  subject: RefreshTokenSubject,
  ttlSeconds: number,
): Promise<IssuedRefreshToken> {
  return insertToken(manager, subject, randomUUID(), ttlSeconds, [], null);
}

/**
 * Marks `predecessor` used and inserts its successor (same session and scopes) in one statement; returns the
 * successor's opaque token.
 */
export function insertSuccessor(
  manager: EntityManager,
  predecessor: LockedRefreshToken,
  subject: RefreshTokenSubject,
  ttlSeconds: number,
): Promise<IssuedRefreshToken> {
  return insertToken(manager, subject, predecessor.sessionId, ttlSeconds, predecessor.scopes, predecessor.id);
}

async function insertToken(
  manager: EntityManager,
  subject: RefreshTokenSubject,
  sessionId: string,
  ttlSeconds: number,
  scopes: readonly string[],
  predecessorId: string | null,
): Promise<IssuedRefreshToken> {
  const token = randomBytes(32).toString('base64url');
  const parameters = [
    hashToken(token),
    sessionId,
    subject.application,
    subject.kind,
    subject.id,
    [...scopes],
    ttlSeconds,
  ];
  const [row] = await manager.query<{ expires_at: Date }[]>(
    predecessorId === null ? INSERT_SESSION_AND_TOKEN : INSERT_SUCCESSOR,
    predecessorId === null ? parameters : [...parameters, predecessorId],
  );
  if (!row) {
    throw new Error('INSERT … RETURNING returned no row.');
  }
  return { token, expiresAt: row.expires_at, sessionId };
}
