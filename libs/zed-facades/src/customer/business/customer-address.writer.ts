import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, Not, type EntityManager } from 'typeorm';
import { isUuid, NOW } from '#zed-facades/persistence-support';
import { StoreFacade, type CountryTransfer } from '#zed-facades/store';
import { CustomerAddressEntity } from '../persistence/customer-address.entity.js';
import { toCustomerAddressTransfer } from '../persistence/customer.mapper.js';
import { CustomerEntity } from '../persistence/customer.entity.js';
import { deleteCustomerAddress } from '../persistence/customer.repository.js';
import type { CustomerAddressInput, CustomerAddressTransfer } from '../transfer/customer.transfer.js';
import { addressNotFound, countryNotFound, customerNotFound } from './customer-input.validator.js';

type AddressColumns = Partial<Omit<CustomerAddressEntity, 'idCustomerAddress' | 'uuid' | 'fkCustomer'>>;

/**
 * Address writes. Each call is one transaction that first locks the customer row, so concurrent writes to
 * one customer's addresses serialise and "one default shipping / billing address" always holds. A
 * country code must name a country of the store domain.
 */
@Injectable()
export class CustomerAddressWriter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storeFacade: StoreFacade,
  ) {}

  async create(customerReference: string, input: CustomerAddressInput): Promise<CustomerAddressTransfer> {
    const countries = await this.countriesOf(input.iso2Code);
    return this.dataSource.transaction(async (manager) => {
      const idCustomer = await lockCustomer(manager, customerReference);
      const columns = toColumns(input);
      await clearOtherDefaults(manager, idCustomer, null, columns);
      // A customer's first address is its default shipping and billing address unless it says otherwise (as in Glue).
      const first = !(await manager.existsBy(CustomerAddressEntity, { fkCustomer: idCustomer }));
      const inserted = await manager.insert(CustomerAddressEntity, {
        isDefaultShipping: first,
        isDefaultBilling: first,
        ...columns,
        fkCustomer: idCustomer,
      });
      const { idCustomerAddress } = inserted.identifiers[0] as { idCustomerAddress: number };
      return toCustomerAddressTransfer(
        await manager.findOneByOrFail(CustomerAddressEntity, { idCustomerAddress }),
        countries,
      );
    });
  }

  async update(
    customerReference: string,
    addressId: string,
    input: Partial<CustomerAddressInput>,
  ): Promise<CustomerAddressTransfer> {
    const given = input.iso2Code === undefined ? null : await this.countriesOf(input.iso2Code);
    return this.dataSource.transaction(async (manager) => {
      const idCustomer = await lockCustomer(manager, customerReference);
      const address = isUuid(addressId)
        ? await manager.findOneBy(CustomerAddressEntity, { fkCustomer: idCustomer, uuid: addressId })
        : null;
      if (!address) {
        throw addressNotFound();
      }
      const columns = toColumns(input);
      await clearOtherDefaults(manager, idCustomer, address.idCustomerAddress, columns);
      await manager.update(
        CustomerAddressEntity,
        { idCustomerAddress: address.idCustomerAddress },
        { ...columns, updatedAt: NOW },
      );
      const { idCustomerAddress } = address;
      const updated = await manager.findOneByOrFail(CustomerAddressEntity, { idCustomerAddress });
      return toCustomerAddressTransfer(
        updated,
        given ?? (await this.storeFacade.findCountries([updated.iso2Code])),
      );
    });
  }

  async delete(customerReference: string, addressId: string): Promise<void> {
    if (!isUuid(addressId)) {
      throw addressNotFound();
    }
    if (!(await deleteCustomerAddress(this.dataSource.manager, customerReference, addressId))) {
      throw addressNotFound();
    }
  }

  /** The country of `iso2Code`, by its code; COUNTRY_NOT_FOUND when there is none. */
  private async countriesOf(iso2Code: string): Promise<ReadonlyMap<string, CountryTransfer>> {
    const countries = await this.storeFacade.findCountries([iso2Code]);
    if (countries.size === 0) {
      throw countryNotFound(iso2Code);
    }
    return countries;
  }
}

async function lockCustomer(manager: EntityManager, customerReference: string): Promise<number> {
  const customer = await manager.findOne(CustomerEntity, {
    select: { idCustomer: true },
    where: { customerReference, anonymizedAt: IsNull() },
    lock: { mode: 'pessimistic_write' },
  });
  if (!customer) {
    throw customerNotFound();
  }
  return customer.idCustomer;
}

/** Clears the default flags `columns` sets on every other address of the customer. */
async function clearOtherDefaults(
  manager: EntityManager,
  idCustomer: number,
  keepIdCustomerAddress: number | null,
  columns: AddressColumns,
): Promise<void> {
  const others = {
    fkCustomer: idCustomer,
    ...(keepIdCustomerAddress === null ? {} : { idCustomerAddress: Not(keepIdCustomerAddress) }),
  };
  if (columns.isDefaultShipping === true) {
    await manager.update(
      CustomerAddressEntity,
      { ...others, isDefaultShipping: true },
      { isDefaultShipping: false, updatedAt: NOW },
    );
  }
  if (columns.isDefaultBilling === true) {
    await manager.update(
      CustomerAddressEntity,
      { ...others, isDefaultBilling: true },
      { isDefaultBilling: false, updatedAt: NOW },
    );
  }
}

/** The columns an (partial) input sets; `undefined` leaves a column alone, `null` clears an optional one. */
function toColumns(input: Partial<CustomerAddressInput>): AddressColumns {
  const columns: AddressColumns = {
    salutation: input.salutation,
    firstName: input.firstName,
    lastName: input.lastName,
    address1: input.address1,
    address2: input.address2,
    address3: input.address3,
    zipCode: input.zipCode,
    city: input.city,
    iso2Code: input.iso2Code?.toUpperCase(),
    company: input.company,
    phone: input.phone,
    isDefaultShipping: input.isDefaultShipping,
    isDefaultBilling: input.isDefaultBilling,
  };
  return Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined));
}
