import { Not, type EntityManager } from 'typeorm';
import { NOW } from '#zed-facades/persistence-support';
import { BackOfficeUserEntity } from './back-office-user.entity.js';

// Serialises the writes that may take away an active admin, so two of them cannot each leave "the other" one.
const ADMIN_SET_LOCK_KEY = 7_346_160;

/** Takes the transaction-scoped lock of the set of active admins (released at commit or rollback). */
export async function lockAdminSet(manager: EntityManager): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock($1)', [ADMIN_SET_LOCK_KEY]);
}

/** Active admins other than `id`. */
export function countOtherActiveAdmins(manager: EntityManager, id: string): Promise<number> {
  return manager
    .createQueryBuilder(BackOfficeUserEntity, 'u')
    .where({ id: Not(id), isActive: true })
    .andWhere(':admin = ANY(u.roles)', { admin: 'admin' })
    .getCount();
}

/** Writes `changes` and stamps `updated_at`; answers the new `updated_at`, or null when the row is gone. */
export async function updateUser(
  manager: EntityManager,
  id: string,
  changes: Partial<BackOfficeUserEntity>,
): Promise<Date | null> {
  const updated = await manager
    .createQueryBuilder()
    .update(BackOfficeUserEntity)
    .set({ ...changes, updatedAt: NOW })
    .where({ id })
    .returning('updated_at')
    .execute();
  const [row] = updated.raw as { updated_at: Date }[];
  return row?.updated_at ?? null;
}

/**
 * Stamps a login and, when given, replaces the password hash; answers `last_login_at`, or null when the
 * row is gone.
 */
export async function stampLogin(
  manager: EntityManager,
  id: string,
  passwordHash: string | null,
): Promise<Date | null> {
  // TypeORM answers a raw UPDATE with [rows, affected].
  const [[row]] = await manager.query<[{ last_login_at: Date }[], number]>(
    `UPDATE back_office_user SET last_login_at = now(), password_hash = coalesce($2, password_hash)
     WHERE id = $1 RETURNING last_login_at`,
    [id, passwordHash],
  );
  return row?.last_login_at ?? null;
}
