import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, Not, type EntityManager } from 'typeorm';
import { SessionRevocationReason, SessionWriter } from '#zed-facades/oauth';
import { isUuid, NOW, uniqueViolationOf } from '#zed-facades/persistence-support';
import { normalizeEmail, PasswordHasher } from '#zed-facades/security';
import { BackOfficeUserEntity } from '../persistence/back-office-user.entity.js';
import { toUserTransfer } from '../persistence/user.mapper.js';
import { UserReader } from '../persistence/user.reader.js';
import {
  USER_SESSION_KIND,
  type UserCreateInput,
  type UserTransfer,
  type UserUpdateInput,
} from '../transfer/user.transfer.js';
import { UserErrorCode, UserException } from '../user.exception.js';
import { assertPasswordPolicy, normalizeRoles } from './user-input.validator.js';

// Serialises the writes that may take away an active admin, so two of them cannot each leave "the other" one.
const ADMIN_SET_LOCK_KEY = 7_346_160;

/** Back-office user writes. Each call is one statement or one transaction. */
@Injectable()
export class UserWriter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly userReader: UserReader,
    private readonly passwordHasher: PasswordHasher,
    private readonly sessionWriter: SessionWriter,
  ) {}

  async create(input: UserCreateInput): Promise<UserTransfer> {
    const email = normalizeEmail(input.email);
    const roles = normalizeRoles(input.roles);
    assertPasswordPolicy(input.password, email);
    const passwordHash = await this.passwordHasher.hash(input.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const inserted = await manager.insert(BackOfficeUserEntity, {
          email,
          passwordHash,
          firstName: input.firstName,
          lastName: input.lastName,
          roles,
          isActive: true,
        });
        return this.reload(manager, (inserted.identifiers[0] as { id: string }).id);
      });
    } catch (error) {
      throw translateUniqueViolation(error, email);
    }
  }

  /**
   * One transaction around the locked row: validation that needs the stored user (the email the password
   * may not contain, whether the last admin goes) happens under the lock, and the result is built from the
   * locked row and the changes instead of being read again. The user's sessions are revoked in the same
   * transaction when the change takes access away: deactivation, a role removed, a new password (which
   * `changedInSession`, the session making the change, survives).
   */
  async update(
    id: string,
    input: UserUpdateInput,
    changedInSession: string | null = null,
  ): Promise<UserTransfer> {
    if (!isUuid(id)) {
      throw notFound(id);
    }
    const email = input.email === undefined ? undefined : normalizeEmail(input.email);
    const mayRemoveAdmin =
      input.isActive === false || (input.roles !== undefined && !input.roles.includes('admin'));
    try {
      return await this.dataSource.transaction(async (manager) => {
        if (mayRemoveAdmin) {
          await manager.query('SELECT pg_advisory_xact_lock($1)', [ADMIN_SET_LOCK_KEY]);
        }
        const user = await manager.findOne(BackOfficeUserEntity, {
          where: { id },
          lock: { mode: 'pessimistic_write' },
        });
        if (!user) {
          throw notFound(id);
        }
        const roles = input.roles === undefined ? undefined : normalizeRoles(input.roles);
        let passwordHash: string | undefined;
        if (input.password !== undefined) {
          assertPasswordPolicy(input.password, email ?? user.email);
          passwordHash = await this.passwordHasher.hash(input.password);
        }
        const staysActiveAdmin = (input.isActive ?? user.isActive) && (roles ?? user.roles).includes('admin');
        if (user.isActive && user.roles.includes('admin') && !staysActiveAdmin) {
          await assertAnotherActiveAdmin(manager, user.id, input.isActive === false ? 'isActive' : 'roles');
        }
        const changes: Partial<BackOfficeUserEntity> = {
          ...(email === undefined ? {} : { email }),
          ...(passwordHash === undefined ? {} : { passwordHash }),
          ...(input.firstName === undefined ? {} : { firstName: input.firstName }),
          ...(input.lastName === undefined ? {} : { lastName: input.lastName }),
          ...(roles === undefined ? {} : { roles }),
          ...(input.isActive === undefined ? {} : { isActive: input.isActive }),
        };
        const updated = await manager
          .createQueryBuilder()
          .update(BackOfficeUserEntity)
          .set({ ...changes, updatedAt: NOW })
          .where({ id: user.id })
          .returning('updated_at')
          .execute();
        const [row] = updated.raw as { updated_at: Date }[];
        if (!row) {
          throw new Error(`User ${user.id} vanished inside its own transaction.`);
        }
        const revocation = sessionRevocationOf(user, input, roles, passwordHash !== undefined);
        if (revocation !== null) {
          await this.sessionWriter.revokeAccountSessions(
            manager,
            { kind: USER_SESSION_KIND, id: user.id },
            revocation,
            revocation === SessionRevocationReason.PASSWORD_CHANGED ? changedInSession : null,
          );
        }
        return toUserTransfer({ ...user, ...changes, updatedAt: row.updated_at });
      });
    } catch (error) {
      throw translateUniqueViolation(error, email ?? '');
    }
  }

  /** Stamps a successful login, replacing the hash when it was made with outdated parameters. */
  async recordLogin(user: BackOfficeUserEntity, password: string): Promise<UserTransfer> {
    const passwordHash = this.passwordHasher.needsRehash(user.passwordHash)
      ? await this.passwordHasher.hash(password)
      : undefined;
    // TypeORM answers a raw UPDATE with [rows, affected].
    const [[row]] = await this.dataSource.query<[{ last_login_at: Date }[], number]>(
      `UPDATE back_office_user SET last_login_at = now(), password_hash = coalesce($2, password_hash)
       WHERE id = $1 RETURNING last_login_at`,
      [user.id, passwordHash ?? null],
    );
    if (!row) {
      throw new Error(`User ${user.id} vanished while logging in.`);
    }
    return { ...toUserTransfer(user), lastLoginAt: row.last_login_at };
  }

  private async reload(manager: EntityManager, id: string): Promise<UserTransfer> {
    const user = await this.userReader.findById(id, manager);
    if (!user) {
      throw new Error(`User ${id} vanished inside its own transaction.`);
    }
    return toUserTransfer(user);
  }
}

/** Why the change ends the user's sessions, or null when it takes no access away (gaining a role does not). */
function sessionRevocationOf(
  user: BackOfficeUserEntity,
  input: UserUpdateInput,
  roles: readonly string[] | undefined,
  passwordChanged: boolean,
): SessionRevocationReason | null {
  if (input.isActive === false) return SessionRevocationReason.ACCOUNT_DEACTIVATED;
  if (roles !== undefined && user.roles.some((role) => !roles.includes(role))) {
    return SessionRevocationReason.ROLES_REDUCED;
  }
  return passwordChanged ? SessionRevocationReason.PASSWORD_CHANGED : null;
}

async function assertAnotherActiveAdmin(manager: EntityManager, id: string, field: string): Promise<void> {
  const others = await manager
    .createQueryBuilder(BackOfficeUserEntity, 'u')
    .where({ id: Not(id), isActive: true })
    .andWhere(':admin = ANY(u.roles)', { admin: 'admin' })
    .getCount();
  if (others === 0) {
    throw new UserException(
      UserErrorCode.LAST_ADMIN,
      'This is the last active admin: make another user an admin first.',
      field,
    );
  }
}

function notFound(id: string): UserException {
  return new UserException(UserErrorCode.USER_NOT_FOUND, `No user with id "${id}".`);
}

function translateUniqueViolation(error: unknown, email: string): unknown {
  if (uniqueViolationOf(error)?.constraint === 'uq_back_office_user_email') {
    return new UserException(
      UserErrorCode.EMAIL_ALREADY_USED,
      `The email "${email}" is already used by another user.`,
      'email',
    );
  }
  return error;
}
