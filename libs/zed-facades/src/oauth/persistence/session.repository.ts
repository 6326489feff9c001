import type { EntityManager } from 'typeorm';
import { isUuid } from '#zed-facades/persistence-support';
import type { RefreshTokenSubject } from '../transfer/refresh-token.transfer.js';
import type { SessionAccount, SessionRevocationReason } from '../transfer/session.transfer.js';
import { hashToken } from './refresh-token.repository.js';

/** Which sessions a revocation ends; only those not revoked yet are ever touched. */
export type SessionSelection =
  | { readonly by: 'id'; readonly sessionId: string }
  /** The session of a refresh token of `application`; with `owner`, only when the token is theirs. */
  | {
      readonly by: 'refresh-token';
      readonly application: string;
      readonly token: string;
      readonly owner: SessionAccount | null;
    }
  /** Every session of an account in one application. */
  | { readonly by: 'subject'; readonly subject: RefreshTokenSubject }
  /** Every session of an account in every application, but `keep`. */
  | { readonly by: 'account'; readonly account: SessionAccount; readonly keep: string | null };

/**
 * Revokes the selected live sessions in one statement; returns the ids of the sessions it revoked. The
 * session row alone decides: its refresh tokens are refused once it is revoked (the rotation's lock reads
 * it), so none of them, used or not, is rewritten.
 */
export async function revokeSessions(
  manager: EntityManager,
  selection: SessionSelection,
  reason: SessionRevocationReason,
): Promise<readonly string[]> {
  const where = whereOf(selection);
  if (where === null) return [];
  // TypeORM answers a raw UPDATE with [rows, affected].
  const [rows] = await manager.query<[{ id: string }[], number]>(
    `UPDATE oauth_session SET revoked_at = now(), revoked_reason = $1
     WHERE revoked_at IS NULL AND ${where.sql}
     RETURNING id`,
    [reason, ...where.parameters],
  );
  return rows.map((row) => row.id);
}

/** Whether the session exists and is not revoked: one primary-key read. */
export async function isSessionActive(manager: EntityManager, sessionId: string): Promise<boolean> {
  if (!isUuid(sessionId)) return false;
  const [row] = await manager.query<{ active: boolean }[]>(
    'SELECT revoked_at IS NULL AS active FROM oauth_session WHERE id = $1',
    [sessionId],
  );
  return row?.active ?? false;
}

/** The condition on `oauth_session` (parameters from `$2`: `$1` is the reason); null: selects nothing. */
function whereOf(selection: SessionSelection): { sql: string; parameters: unknown[] } | null {
  switch (selection.by) {
    case 'id':
      return isUuid(selection.sessionId) ? { sql: 'id = $2', parameters: [selection.sessionId] } : null;
    case 'refresh-token': {
      const owner = selection.owner;
      return {
        sql: `id = (SELECT session_id FROM oauth_refresh_token WHERE token_hash = $2 AND application = $3
                    ${owner === null ? '' : 'AND subject_kind = $4 AND subject_id = $5'})`,
        parameters: [
          hashToken(selection.token),
          selection.application,
          ...(owner === null ? [] : [owner.kind, owner.id]),
        ],
      };
    }
    case 'subject': {
      const { application, kind, id } = selection.subject;
      return {
        sql: 'application = $2 AND subject_kind = $3 AND subject_id = $4',
        parameters: [application, kind, id],
      };
    }
    case 'account': {
      const { account, keep } = selection;
      const kept = keep !== null && isUuid(keep);
      return {
        sql: `subject_kind = $2 AND subject_id = $3${kept ? ' AND id <> $4' : ''}`,
        parameters: [account.kind, account.id, ...(kept ? [keep] : [])],
      };
    }
  }
}
