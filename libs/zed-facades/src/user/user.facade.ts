import { Injectable } from '@nestjs/common';
import { PasswordHasher } from '#zed-facades/security';
import { UserWriter } from './business/user.writer.js';
import { toUserTransfer } from './persistence/user.mapper.js';
import { UserReader } from './persistence/user.reader.js';
import type {
  UserCreateInput,
  UserPage,
  UserPageCriteria,
  UserTransfer,
  UserUpdateInput,
} from './transfer/user.transfer.js';

/**
 * Back-office users. Emails are compared case-insensitively (stored trimmed and lower-cased); passwords are
 * argon2id hashes that never leave the domain. Writes throw `UserException`.
 */
@Injectable()
export class UserFacade {
  constructor(
    private readonly userReader: UserReader,
    private readonly userWriter: UserWriter,
    private readonly passwordHasher: PasswordHasher,
  ) {}

  getUserPage(criteria: UserPageCriteria): Promise<UserPage> {
    return this.userReader.getPage(criteria);
  }

  /** Active or not; null for an unknown id or one that is not a uuid. */
  async findUserById(id: string): Promise<UserTransfer | null> {
    const user = await this.userReader.findById(id);
    return user ? toUserTransfer(user) : null;
  }

  createUser(input: UserCreateInput): Promise<UserTransfer> {
    return this.userWriter.create(input);
  }

  /**
   * Revokes the user's sessions, in the same transaction, when the change takes access away: deactivation,
   * a role removed, a new password. `changedInSession` (the session making the change) survives a new
   * password, so that a user changing their own password stays logged in there.
   */
  updateUser(
    id: string,
    input: UserUpdateInput,
    changedInSession: string | null = null,
  ): Promise<UserTransfer> {
    return this.userWriter.update(id, input, changedInSession);
  }

  /**
   * Sets `isActive` to false and revokes every session of the user; calling it again changes nothing.
   * Refuses the last active admin.
   */
  deactivateUser(id: string): Promise<UserTransfer> {
    return this.userWriter.update(id, { isActive: false });
  }

  /**
   * The active user with these credentials, or null (unknown email, wrong password, inactive). An unknown
   * email costs one argon2 verification too, so timing does not reveal which accounts exist. Sets
   * `lastLoginAt` on success and rehashes a password hashed with outdated parameters.
   */
  async verifyCredentials(email: string, password: string): Promise<UserTransfer | null> {
    const user = await this.userReader.findByEmail(email);
    if (!user) {
      return this.passwordHasher.verifyAgainstDummy(password).then(() => null);
    }
    const matches = await this.passwordHasher.verify(user.passwordHash, password);
    if (!matches || !user.isActive) {
      return null;
    }
    return this.userWriter.recordLogin(user, password);
  }

  /** For token refresh and external identities: the user when it exists and is active, else null. */
  async findActiveUserById(id: string): Promise<UserTransfer | null> {
    const user = await this.userReader.findById(id);
    return user?.isActive ? toUserTransfer(user) : null;
  }

  async findActiveUserByEmail(email: string): Promise<UserTransfer | null> {
    const user = await this.userReader.findByEmail(email);
    return user?.isActive ? toUserTransfer(user) : null;
  }
}
