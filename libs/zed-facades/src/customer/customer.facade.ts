import { Injectable } from '@nestjs/common';
import { PasswordHasher } from '#zed-facades/security';
import { CustomerAddressWriter } from './business/customer-address.writer.js';
import { CustomerWriter } from './business/customer.writer.js';
import { toCustomerAddressTransfer, toCustomerTransfer } from './persistence/customer.mapper.js';
import { CustomerReader } from './persistence/customer.reader.js';
import type {
  CustomerAddressInput,
  CustomerAddressTransfer,
  CustomerRegistrationInput,
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
    private readonly passwordHasher: PasswordHasher,
  ) {}

  /** The reference is `<store>--<id>`. */
  registerCustomer(input: CustomerRegistrationInput): Promise<CustomerTransfer> {
    return this.customerWriter.register(input);
  }

  async findCustomerByReference(customerReference: string): Promise<CustomerTransfer | null> {
    const customer = await this.customerReader.findByReference(customerReference);
    return customer ? toCustomerTransfer(customer) : null;
  }

  async findCustomerByEmail(email: string): Promise<CustomerTransfer | null> {
    const customer = await this.customerReader.findByEmail(email);
    return customer ? toCustomerTransfer(customer) : null;
  }

  /**
   * The customer with these credentials, or null. An unknown email costs one argon2 verification too, so
   * timing does not reveal which accounts exist.
   */
  async verifyCredentials(email: string, password: string): Promise<CustomerTransfer | null> {
    const customer = await this.customerReader.findByEmail(email);
    if (!customer) {
      return this.passwordHasher.verifyAgainstDummy(password).then(() => null);
    }
    if (!(await this.passwordHasher.verify(customer.passwordHash, password))) {
      return null;
    }
    await this.customerWriter.rehashIfNeeded(customer, password);
    return toCustomerTransfer(customer);
  }

  /**
   * Changing the password or the email requires `currentPassword` (CURRENT_PASSWORD_REQUIRED when
   * absent, CURRENT_PASSWORD_INVALID when wrong).
   */
  updateCustomer(customerReference: string, input: CustomerUpdateInput): Promise<CustomerTransfer> {
    return this.customerWriter.update(customerReference, input);
  }

  /** Oldest first, in one statement; empty for an unknown customer. */
  async getAddresses(customerReference: string): Promise<readonly CustomerAddressTransfer[]> {
    const addresses = await this.customerReader.findAddresses(customerReference);
    return addresses.map(toCustomerAddressTransfer);
  }

  /** Null unless the address exists and belongs to that customer (and for an id that is not a uuid). */
  async findAddress(customerReference: string, addressId: string): Promise<CustomerAddressTransfer | null> {
    const address = await this.customerReader.findAddress(customerReference, addressId);
    return address ? toCustomerAddressTransfer(address) : null;
  }

  /** Making it a default (shipping / billing) clears that flag on the other addresses, in one transaction. */
  createAddress(customerReference: string, input: CustomerAddressInput): Promise<CustomerAddressTransfer> {
    return this.addressWriter.create(customerReference, input);
  }

  /** ADDRESS_NOT_FOUND unless the address belongs to that customer. Defaults switch as on create. */
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
