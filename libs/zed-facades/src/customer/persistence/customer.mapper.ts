import type { CountryTransfer } from '#zed-facades/store';
import {
  GENDERS,
  SALUTATIONS,
  type CustomerAddressTransfer,
  type CustomerTransfer,
  type Gender,
  type Salutation,
} from '../transfer/customer.transfer.js';
import type { CustomerAddressEntity } from './customer-address.entity.js';
import type { CustomerEntity } from './customer.entity.js';
import type { NewCustomerRow, RegisteredCustomerRow } from './customer.repository.js';

/** The columns hold only SALUTATIONS (a CHECK constraint); anything else is corrupt data. */
function toSalutation(value: string): Salutation {
  const salutation = SALUTATIONS.find((candidate) => candidate === value);
  if (salutation === undefined) {
    throw new Error(`Unknown salutation "${value}" in the database.`);
  }
  return salutation;
}

/** The column holds only GENDERS (a CHECK constraint); anything else is corrupt data. */
function toGender(value: string | null): Gender | null {
  if (value === null) return null;
  const gender = GENDERS.find((candidate) => candidate === value);
  if (gender === undefined) {
    throw new Error(`Unknown gender "${value}" in the database.`);
  }
  return gender;
}

export function toCustomerTransfer(entity: CustomerEntity): CustomerTransfer {
  return {
    id: entity.idCustomer,
    customerReference: entity.customerReference,
    email: entity.email,
    salutation: entity.salutation === null ? null : toSalutation(entity.salutation),
    gender: toGender(entity.gender),
    firstName: entity.firstName,
    lastName: entity.lastName,
    dateOfBirth: entity.dateOfBirth,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}

/**
 * What every registration answers, whatever became of its row: the profile as registered and what the
 * database gave it (reference, times). One mapping for every path, so that they cannot drift apart.
 */
export function toRegisteredCustomerTransfer(
  registered: NewCustomerRow,
  row: RegisteredCustomerRow,
): CustomerTransfer {
  return {
    id: row.idCustomer,
    customerReference: row.customerReference,
    email: registered.email,
    salutation: registered.salutation,
    gender: registered.gender,
    firstName: registered.firstName,
    lastName: registered.lastName,
    dateOfBirth: registered.dateOfBirth,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** `countries` holds the countries of the addresses by upper-case ISO code (`StoreFacade.findCountries`). */
export function toCustomerAddressTransfer(
  entity: CustomerAddressEntity,
  countries: ReadonlyMap<string, CountryTransfer>,
): CustomerAddressTransfer {
  return {
    id: entity.uuid,
    salutation: toSalutation(entity.salutation),
    firstName: entity.firstName,
    lastName: entity.lastName,
    address1: entity.address1,
    address2: entity.address2,
    address3: entity.address3,
    zipCode: entity.zipCode,
    city: entity.city,
    iso2Code: entity.iso2Code,
    country: countries.get(entity.iso2Code) ?? null,
    company: entity.company,
    phone: entity.phone,
    isDefaultShipping: entity.isDefaultShipping,
    isDefaultBilling: entity.isDefaultBilling,
  };
}
