import {
  SALUTATIONS,
  type CustomerAddressTransfer,
  type CustomerTransfer,
  type Salutation,
} from '../transfer/customer.transfer.js';
import type { CustomerAddressEntity } from './customer-address.entity.js';
import type { CustomerEntity } from './customer.entity.js';

/** The columns hold only SALUTATIONS (a CHECK constraint); anything else is corrupt data. */
function toSalutation(value: string): Salutation {
  const salutation = SALUTATIONS.find((candidate) => candidate === value);
  if (salutation === undefined) {
    throw new Error(`Unknown salutation "${value}" in the database.`);
  }
  return salutation;
}

export function toCustomerTransfer(entity: CustomerEntity): CustomerTransfer {
  return {
    id: entity.idCustomer,
    customerReference: entity.customerReference,
    email: entity.email,
    salutation: entity.salutation === null ? null : toSalutation(entity.salutation),
    firstName: entity.firstName,
    lastName: entity.lastName,
    dateOfBirth: entity.dateOfBirth,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}

export function toCustomerAddressTransfer(entity: CustomerAddressEntity): CustomerAddressTransfer {
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
    company: entity.company,
    phone: entity.phone,
    isDefaultShipping: entity.isDefaultShipping,
    isDefaultBilling: entity.isDefaultBilling,
  };
}
