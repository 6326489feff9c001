import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MailFacade } from '#zed-facades/mail';
import { NOW, uniqueViolationOf } from '#zed-facades/persistence-support';
import { normalizeEmail, PasswordHasher } from '#zed-facades/security';
import { CustomerErrorCode, CustomerException } from '../customer.exception.js';
import { CustomerEntity } from '../persistence/customer.entity.js';
import { toCustomerTransfer } from '../persistence/customer.mapper.js';
import { CustomerReader } from '../persistence/customer.reader.js';
import { insertCustomer, nextCustomerId } from '../persistence/customer.repository.js';
import type {
  CustomerRegistrationInput,
  CustomerRegistrationTransfer,
  CustomerTransfer,
} from '../transfer/customer.transfer.js';
import { assertPasswordPolicy } from './customer-input.validator.js';

/** The mail that carries the key confirming a new registration. */
export const REGISTRATION_CONFIRMATION_MAIL = 'customer-registration-confirmation';
/** The mail telling the owner of an address that somebody tried to register with it. */
export const REGISTRATION_ATTEMPT_MAIL = 'customer-registration-attempt';

/**
 * Registration with confirmation (double opt-in, Glue's `isDoubleOptInEnabled`). A registration
 * answers the same whether its email is free or not, so that registering cannot probe which
 * addresses have accounts: the same checks, one password hash, one reference drawn, one mail
 * queued; only the mail differs (a confirmation key to a new registrant, a notice to an owner).
 */
@Injectable()
export class CustomerConfirmationWriter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly customerReader: CustomerReader,
    private readonly passwordHasher: PasswordHasher,
    private readonly mailFacade: MailFacade,
  ) {}

  async register(input: CustomerRegistrationInput): Promise<CustomerRegistrationTransfer> {
    const email = normalizeEmail(input.email);
    assertPasswordPolicy(input.password, email);
    const idCustomer = await nextCustomerId(this.dataSource.manager);
    const passwordHash = await this.passwordHasher.hash(input.password);
    const registrationKey = randomBytes(32).toString('base64url');
    const profile = {
      salutation: input.salutation ?? null,
      firstName: input.firstName,
      lastName: input.lastName,
      dateOfBirth: input.dateOfBirth ?? null,
    };
    try {
      return await this.dataSource.transaction(async (manager) => {
        const { customerReference } = await insertCustomer(manager, {
          ...profile,
          store: input.store,
          email,
          passwordHash,
          idCustomer,
          registrationKeyHash: keyHash(registrationKey),
        });
        const customer = await this.customerReader.findByReference(customerReference, manager);
        if (!customer) {
          throw new Error('The customer just registered vanished inside its own transaction.');
        }
        await this.mailFacade.queueMail(
          {
            type: REGISTRATION_CONFIRMATION_MAIL,
            recipient: email,
            payload: { registrationKey, customerReference, ...profile },
          },
          manager,
        );
        return toRegistrationTransfer(toCustomerTransfer(customer));
      });
    } catch (error) {
      if (uniqueViolationOf(error)?.constraint !== 'uq_customer_email') throw error;
    }
    await this.mailFacade.queueMail({
      type: REGISTRATION_ATTEMPT_MAIL,
      recipient: email,
      payload: { store: input.store },
    });
    const now = new Date();
    return {
      customerReference: `${input.store}--${idCustomer}`,
      email,
      ...profile,
      createdAt: now,
      updatedAt: now,
    };
  }

  /** Confirms the registration the key was mailed for; REGISTRATION_KEY_INVALID if none waits for it. */
  async confirm(registrationKey: string): Promise<CustomerTransfer> {
    const result = await this.dataSource.manager
      .createQueryBuilder()
      .update(CustomerEntity)
      .set({ confirmedAt: NOW, registrationKeyHash: null, updatedAt: NOW })
      .where('registration_key_hash = :hash AND confirmed_at IS NULL', { hash: keyHash(registrationKey) })
      .returning('customer_reference')
      .execute();
    const [row] = result.raw as { customer_reference: string }[];
    const customer = row && (await this.customerReader.findByReference(row.customer_reference));
    if (!customer) {
      throw new CustomerException(
        CustomerErrorCode.REGISTRATION_KEY_INVALID,
        'The registration key is not valid or has been used.',
        'registrationKey',
      );
    }
    return toCustomerTransfer(customer);
  }
}

function keyHash(registrationKey: string): string {
  return createHash('sha256').update(registrationKey).digest('hex');
}

function toRegistrationTransfer(customer: CustomerTransfer): CustomerRegistrationTransfer {
  const { id: _id, ...registration } = customer;
  return registration;
}
