import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MailFacade } from '#zed-facades/mail';
import { normalizeEmail, PasswordHasher } from '#zed-facades/security';
import { CustomerErrorCode, CustomerException } from '../customer.exception.js';
import { toCustomerTransfer, toRegisteredCustomerTransfer } from '../persistence/customer.mapper.js';
import { CustomerReader } from '../persistence/customer.reader.js';
import {
  confirmRegistration,
  insertCustomer,
  registerUnconfirmedCustomer,
  type NewCustomerRow,
} from '../persistence/customer.repository.js';
import type {
  CustomerRegistrationInput,
  CustomerRegistrationTransfer,
  CustomerTransfer,
} from '../transfer/customer.transfer.js';
import { assertPasswordPolicy, translateUniqueViolation, validGender } from './customer-input.validator.js';

/** The mail that carries the key confirming a new registration. */
export const REGISTRATION_CONFIRMATION_MAIL = 'customer-registration-confirmation';
/** The mail telling the owner of an address that somebody tried to register with it. */
export const REGISTRATION_ATTEMPT_MAIL = 'customer-registration-attempt';

/**
 * Registration, directly or with confirmation (double opt-in, Glue's `isDoubleOptInEnabled`), and the
 * confirmation. Both registrations take the same steps (the email normalised, the password policy, one
 * password hash, one statement that draws the reference) and answer through one mapping
 * (`toRegisteredCustomerTransfer`).
 */
@Injectable()
export class CustomerRegistrationWriter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly customerReader: CustomerReader,
    private readonly passwordHasher: PasswordHasher,
    private readonly mailFacade: MailFacade,
  ) {}

  /** A customer who can log in at once; EMAIL_ALREADY_USED for a taken email. One statement. */
  async register(input: CustomerRegistrationInput): Promise<CustomerTransfer> {
    const row = await this.newRow(input);
    try {
      return toRegisteredCustomerTransfer(row, await insertCustomer(this.dataSource.manager, row));
    } catch (error) {
      throw translateUniqueViolation(error);
    }
  }

  /**
   * A registration that answers the same whether its email is free or not, so that registering cannot
   * probe which addresses have accounts: the same checks, one password hash, one reference drawn, one
   * mail queued, in one transaction; only the mail differs. A free address, or one whose registration
   * is not confirmed yet (it is replaced: an unconfirmed registration is nobody's account), gets a
   * confirmation key; a confirmed customer's address gets a notice and nothing else changes.
   */
  async registerWithConfirmation(input: CustomerRegistrationInput): Promise<CustomerRegistrationTransfer> {
    const row = await this.newRow(input);
    const registrationKey = randomBytes(32).toString('base64url');
    return this.dataSource.transaction(async (manager) => {
      const registered = await registerUnconfirmedCustomer(manager, {
        ...row,
        registrationKeyHash: keyHash(registrationKey),
      });
      const profile = {
        salutation: row.salutation,
        gender: row.gender,
        firstName: row.firstName,
        lastName: row.lastName,
        dateOfBirth: row.dateOfBirth,
      };
      await this.mailFacade.queueMail(
        registered.written
          ? {
              type: REGISTRATION_CONFIRMATION_MAIL,
              recipient: row.email,
              payload: { registrationKey, customerReference: registered.customerReference, ...profile },
            }
          : { type: REGISTRATION_ATTEMPT_MAIL, recipient: row.email, payload: { store: input.store } },
        manager,
      );
      const { id: _id, ...answer } = toRegisteredCustomerTransfer(row, registered);
      return answer;
    });
  }

  /** Confirms the registration the key was mailed for; REGISTRATION_KEY_INVALID if none waits for it. */
  async confirm(registrationKey: string): Promise<CustomerTransfer> {
    const reference = await confirmRegistration(this.dataSource.manager, keyHash(registrationKey));
    const customer = reference !== null && (await this.customerReader.findByReference(reference));
    if (!customer) {
      throw new CustomerException(
        CustomerErrorCode.REGISTRATION_KEY_INVALID,
        'The registration key is not valid or has been used.',
        'registrationKey',
      );
    }
    return toCustomerTransfer(customer);
  }

  /** The steps every registration takes before it writes: the email normalised, the policy, the hash. */
  private async newRow(input: CustomerRegistrationInput): Promise<NewCustomerRow> {
    const email = normalizeEmail(input.email);
    const gender = validGender(input.gender ?? null);
    assertPasswordPolicy(input.password, email);
    return {
      store: input.store,
      email,
      passwordHash: await this.passwordHasher.hash(input.password),
      salutation: input.salutation ?? null,
      gender,
      firstName: input.firstName,
      lastName: input.lastName,
      dateOfBirth: input.dateOfBirth ?? null,
    };
  }
}

function keyHash(registrationKey: string): string {
  return createHash('sha256').update(registrationKey).digest('hex');
}
