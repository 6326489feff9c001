import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { SessionRevocationReason, SessionWriter } from '#zed-facades/oauth';
import { isUuid, uniqueViolationOf } from '#zed-facades/persistence-support';
import { normalizeEmail, PasswordHasher } from '#zed-facades/security';
import { BackOfficeUserEntity } from '../persistence/back-office-user.entity.js';
import { toUserTransfer } from '../persistence/user.mapper.js';
import { UserReader } from '../persistence/user.reader.js';
import {
  countOtherActiveAdmins,
  lockAdminSet,
  stampLogin,
  updateUser,
} from '../persistence/user.repository.js';
import {
  USER_SESSION_KIND,
  type UserCreateInput,
  type UserTransfer,
  type UserUpdateInput,
} from '../transfer/user.transfer.js';
import { UserErrorCode, UserException } from '../user.exception.js';
import { assertPasswordPolicy, normalizeRoles } from './user-input.validator.js';

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
          await lockAdminSet(manager);
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
        const updatedAt = await updateUser(manager, user.id, changes);
        if (updatedAt === null) {
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
        return toUserTransfer({ ...user, ...changes, updatedAt });
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
    const lastLoginAt = await stampLogin(this.dataSource.manager, user.id, passwordHash ?? null);
    if (lastLoginAt === null) {
      throw new Error(`User ${user.id} vanished while logging in.`);
    }
    return { ...toUserTransfer(user), lastLoginAt };
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
  if ((await countOtherActiveAdmins(manager, id)) === 0) {
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
