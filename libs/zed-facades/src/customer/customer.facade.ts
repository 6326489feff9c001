import { Injectable } from '@nestjs/common';
import { PasswordHasher } from '#zed-facades/security';
import { StoreFacade } from '#zed-facades/store';
import { CustomerAddressWriter } from './business/customer-address.writer.js';
import { CustomerAnonymizer } from './business/customer-anonymizer.js';
import { addressNotFound, customerNotFound } from './business/customer-input.validator.js';
import { CustomerRegistrationWriter } from './business/customer-registration.writer.js';
import { CustomerWriter } from './business/customer.writer.js';
import { toCustomerAddressTransfer, toCustomerTransfer } from './persistence/customer.mapper.js';
import { CustomerReader } from './persistence/customer.reader.js';
import type {
  CurrentPasswordAttempts,
  CustomerAddressInput,
  CustomerAddressTransfer,
  CustomerRegistrationInput,
  CustomerRegistrationTransfer,
  CustomerTransfer,
  CustomerUpdateInput,
} from './transfer/customer.transfer.js';

/**
 * Storefront customers and their addresses. A customer is addressed by its reference (`DE--1`); emails are
 * compared case-insensitively. Writes are single statements or single transactions and throw
 * `CustomerException`.
 */
@Injectable()
export class CustomerFacade {
  constructor(
    private readonly customerReader: CustomerReader,
    private readonly customerWriter: CustomerWriter,
    private readonly addressWriter: CustomerAddressWriter,
    private readonly registrationWriter: CustomerRegistrationWriter,
    private readonly passwordHasher: PasswordHasher,
    private readonly anonymizer: CustomerAnonymizer,
    private readonly storeFacade: StoreFacade,
  ) {}

  /**
   * The reference is `<store>--<id>`. The customer can log in at once. GENDER_INVALID for a gender not in
   * GENDERS, EMAIL_ALREADY_USED, PASSWORD_POLICY.
   */
  registerCustomer(input: CustomerRegistrationInput): Promise<CustomerTransfer> {
    return this.registrationWriter.register(input);
  }

  /**
   * Registration with confirmation (double opt-in): a new email gets a customer who cannot log in
   * before `confirmCustomerRegistration` with the key mailed to it; an email whose registration is not
   * confirmed yet gets the same, replacing that registration (its key and password stop working); a
   * confirmed customer's email changes nothing and mails its owner a notice. Every way the answer looks
   * the same, and costs the same.
   */
  registerCustomerWithConfirmation(input: CustomerRegistrationInput): Promise<CustomerRegistrationTransfer> {
    return this.registrationWriter.registerWithConfirmation(input);
  }

  /** The customer whose mailed key this is, now confirmed; REGISTRATION_KEY_INVALID if none waits. */
  confirmCustomerRegistration(registrationKey: string): Promise<CustomerTransfer> {
    return this.registrationWriter.confirm(registrationKey);
  }

  async findCustomerByReference(customerReference: string): Promise<CustomerTransfer | null> {
    const customer = await this.customerReader.findByReference(customerReference);
    return customer ? toCustomerTransfer(customer) : null;
  }

  /** As `findCustomerByReference`, but CUSTOMER_NOT_FOUND instead of null. */
  async getCustomerByReference(customerReference: string): Promise<CustomerTransfer> {
    const customer = await this.findCustomerByReference(customerReference);
    if (!customer) throw customerNotFound();
    return customer;
  }

  /** A confirmed customer only: an unconfirmed registration may be somebody else's claim on the address. */
  async findCustomerByEmail(email: string): Promise<CustomerTransfer | null> {
    const customer = await this.customerReader.findByEmail(email);
    return customer && customer.confirmedAt !== null ? toCustomerTransfer(customer) : null;
  }

  /**
   * The confirmed customer with these credentials, or null. An unknown email costs one argon2
   * verification too, so timing does not reveal which accounts exist; an unconfirmed registration
   * fails like a wrong password.
   */
  async verifyCredentials(email: string, password: string): Promise<CustomerTransfer | null> {
    const customer = await this.customerReader.findByEmail(email);
    if (!customer) {
      return this.passwordHasher.verifyAgainstDummy(password).then(() => null);
    }
    if (
      !(await this.passwordHasher.verify(customer.passwordHash, password)) ||
      customer.confirmedAt === null
    ) {
      return null;
    }
    await this.customerWriter.rehashIfNeeded(customer, password);
    return toCustomerTransfer(customer);
  }

  /**
   * Changing the password or the email requires `currentPassword` (CURRENT_PASSWORD_REQUIRED when absent,
   * CURRENT_PASSWORD_INVALID when wrong); a new password revokes every session of the customer but
   * `changedInSession`, the one making the change, in the same transaction. With `attempts` (the
   * application's login blocker) each check of the current password is counted as a login is, and
   * whatever `attempts.reserve` throws refuses it.
   */
  updateCustomer(
    customerReference: string,
    input: CustomerUpdateInput,
    changedInSession: string | null = null,
    attempts?: CurrentPasswordAttempts,
  ): Promise<CustomerTransfer> {
    return this.customerWriter.update(customerReference, input, changedInSession, attempts);
  }

  /**
   * What a password reset calls once it has proved who the caller is (a reset key sent by mail): sets the
   * new password without the current one (the policy applies) and revokes every session of the customer,
   * in one transaction. CUSTOMER_NOT_FOUND, PASSWORD_POLICY.
   */
  resetPassword(customerReference: string, password: string): Promise<CustomerTransfer> {
    return this.customerWriter.resetPassword(customerReference, password);
  }

  /**
   * Account deletion: the customer is anonymized in one transaction (addresses deleted, personal data
   * and password wiped, every session revoked) but its row and reference stay, so that orders keep their
   * customer. Afterwards the customer is found, and can log in, nowhere. CUSTOMER_NOT_FOUND for an
   * unknown or already anonymized customer.
   */
  anonymizeCustomer(customerReference: string): Promise<void> {
    return this.anonymizer.anonymize(customerReference);
  }

  /** Oldest first, with their countries, in two statements; empty for an unknown customer. */
  async getAddresses(customerReference: string): Promise<readonly CustomerAddressTransfer[]> {
    const addresses = await this.customerReader.findAddresses(customerReference);
    const countries = await this.storeFacade.findCountries(addresses.map((address) => address.iso2Code));
    return addresses.map((address) => toCustomerAddressTransfer(address, countries));
  }

  /** Null unless the address exists and belongs to that customer (and for an id that is not a uuid). */
  async findAddress(customerReference: string, addressId: string): Promise<CustomerAddressTransfer | null> {
    const address = await this.customerReader.findAddress(customerReference, addressId);
    return address
      ? toCustomerAddressTransfer(address, await this.storeFacade.findCountries([address.iso2Code]))
      : null;
  }

  /** As `findAddress`, but ADDRESS_NOT_FOUND instead of null. */
  async getAddress(customerReference: string, addressId: string): Promise<CustomerAddressTransfer> {
    const address = await this.findAddress(customerReference, addressId);
    if (!address) throw addressNotFound();
    return address;
  }

  /**
   * Making it a default (shipping / billing) clears that flag on the other addresses, in one transaction.
   * COUNTRY_NOT_FOUND unless `iso2Code` names a country (`StoreFacade.findCountries`).
   */
  createAddress(customerReference: string, input: CustomerAddressInput): Promise<CustomerAddressTransfer> {
    return this.addressWriter.create(customerReference, input);
  }

  /**
   * ADDRESS_NOT_FOUND unless the address belongs to that customer. Defaults switch, and a new `iso2Code`
   * is checked, as on create.
   */
  updateAddress(
    customerReference: string,
    addressId: string,
    input: Partial<CustomerAddressInput>,
  ): Promise<CustomerAddressTransfer> {
    return this.addressWriter.update(customerReference, addressId, input);
  }

  /** ADDRESS_NOT_FOUND unless the address belongs to that customer. */
  deleteAddress(customerReference: string, addressId: string): Promise<void> {
    return this.addressWriter.delete(customerReference, addressId);
  }
}
