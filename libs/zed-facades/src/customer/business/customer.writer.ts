import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SessionRevocationReason, SessionWriter, type SessionAccount } from '#zed-facades/oauth';
import { NOW } from '#zed-facades/persistence-support';
import { normalizeEmail, PasswordHasher } from '#zed-facades/security';
import { CustomerErrorCode, CustomerException } from '../customer.exception.js';
import { toCustomerTransfer } from '../persistence/customer.mapper.js';
import { CustomerEntity } from '../persistence/customer.entity.js';
import { CustomerReader } from '../persistence/customer.reader.js';
import { updatePasswordHash } from '../persistence/customer.repository.js';
import {
  CUSTOMER_SESSION_KIND,
  type CurrentPasswordAttempts,
  type CustomerTransfer,
  type CustomerUpdateInput,
} from '../transfer/customer.transfer.js';
import {
  assertPasswordPolicy,
  customerNotFound,
  translateUniqueViolation,
  validGender,
} from './customer-input.validator.js';

/**
 * Customer account writes, but registration (`CustomerRegistrationWriter`). Each call is one statement or
 * one transaction.
 */
@Injectable()
export class CustomerWriter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly customerReader: CustomerReader,
    private readonly passwordHasher: PasswordHasher,
    private readonly sessionWriter: SessionWriter,
  ) {}

  /**
   * A new password or a new email needs the current password (an access token alone must not be
   * enough to take the account over); the policy applies to a new password as on registration. A new
   * password revokes every other session of the customer in the same transaction: `changedInSession`,
   * the session making the change, survives. `attempts` counts the checks of the current password.
   */
  async update(
    customerReference: string,
    input: CustomerUpdateInput,
    changedInSession: string | null = null,
    attempts?: CurrentPasswordAttempts,
  ): Promise<CustomerTransfer> {
    const current = await this.customerReader.findByReference(customerReference);
    if (!current) {
      throw customerNotFound();
    }
    const email = input.email === undefined ? undefined : normalizeEmail(input.email);
    const gender = validGender(input.gender);
    if (input.password !== undefined || (email !== undefined && email !== current.email)) {
      await this.assertCurrentPassword(current, input.currentPassword, attempts);
    }
    let passwordHash: string | undefined;
    if (input.password !== undefined) {
      assertPasswordPolicy(input.password, email ?? current.email);
      passwordHash = await this.passwordHasher.hash(input.password);
    }
    try {
      return await this.dataSource.transaction(async (manager) => {
        await manager.update(
          CustomerEntity,
          { idCustomer: current.idCustomer },
          {
            ...(email === undefined ? {} : { email }),
            ...(passwordHash === undefined ? {} : { passwordHash }),
            ...(input.salutation === undefined ? {} : { salutation: input.salutation }),
            ...(gender === undefined ? {} : { gender }),
            ...(input.firstName === undefined ? {} : { firstName: input.firstName }),
            ...(input.lastName === undefined ? {} : { lastName: input.lastName }),
            ...(input.dateOfBirth === undefined ? {} : { dateOfBirth: input.dateOfBirth }),
            updatedAt: NOW,
          },
        );
        if (passwordHash !== undefined) {
          await this.sessionWriter.revokeAccountSessions(
            manager,
            sessionAccountOf(current),
            SessionRevocationReason.PASSWORD_CHANGED,
            changedInSession,
          );
        }
        const customer = await manager.findOneBy(CustomerEntity, { idCustomer: current.idCustomer });
        if (!customer) {
          throw customerNotFound();
        }
        return toCustomerTransfer(customer);
      });
    } catch (error) {
      throw translateUniqueViolation(error);
    }
  }

  /**
   * Sets a new password without the current one, for a reset flow that has proved who the caller is, and
   * revokes every session of the customer in the same transaction.
   */
  async resetPassword(customerReference: string, password: string): Promise<CustomerTransfer> {
    const current = await this.customerReader.findByReference(customerReference);
    if (!current) {
      throw customerNotFound();
    }
    assertPasswordPolicy(password, current.email);
    const passwordHash = await this.passwordHasher.hash(password);
    return this.dataSource.transaction(async (manager) => {
      const updatedAt = await updatePasswordHash(manager, current.idCustomer, passwordHash);
      if (updatedAt === null) {
        throw customerNotFound();
      }
      await this.sessionWriter.revokeAccountSessions(
        manager,
        sessionAccountOf(current),
        SessionRevocationReason.PASSWORD_RESET,
      );
      return toCustomerTransfer({ ...current, passwordHash, updatedAt });
    });
  }

  /** Only a check that got its place in `attempts` is made, as a login's. */
  private async assertCurrentPassword(
    customer: CustomerEntity,
    currentPassword: string | undefined,
    attempts: CurrentPasswordAttempts | undefined,
  ): Promise<void> {
    if (currentPassword === undefined) {
      throw new CustomerException(
        CustomerErrorCode.CURRENT_PASSWORD_REQUIRED,
        'The current password is required to change the email or the password.',
        'currentPassword',
      );
    }
    await attempts?.reserve(customer.email);
    const right = await this.passwordHasher
      .verify(customer.passwordHash, currentPassword)
      .catch(async (error: unknown) => {
        await attempts?.release(customer.email);
        throw error;
      });
    if (!right) {
      throw new CustomerException(
        CustomerErrorCode.CURRENT_PASSWORD_INVALID,
        'The current password is wrong.',
        'currentPassword',
      );
    }
    await attempts?.recordSuccess(customer.email);
  }

  /** Replaces a hash made with outdated parameters after a successful login. */
  async rehashIfNeeded(customer: CustomerEntity, password: string): Promise<void> {
    if (this.passwordHasher.needsRehash(customer.passwordHash)) {
      await this.dataSource.manager.update(
        CustomerEntity,
        { idCustomer: customer.idCustomer },
        { passwordHash: await this.passwordHasher.hash(password) },
      );
    }
  }
}

function sessionAccountOf(customer: CustomerEntity): SessionAccount {
  return { kind: CUSTOMER_SESSION_KIND, id: customer.customerReference };
}
