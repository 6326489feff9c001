import type { GlueResourceObject } from '#glue-core';
import type { CustomerAddressTransfer, Salutation } from '#zed-facades/customer';

export const ADDRESSES_TYPE = 'addresses';

/** Storefront `addresses` attributes, as Glue's. */
export interface CustomerAddressAttributes {
  readonly salutation: Salutation;
  readonly firstName: string;
  readonly lastName: string;
  readonly address1: string;
  readonly address2: string | null;
  readonly address3: string | null;
  readonly zipCode: string;
  readonly city: string;
  readonly iso2Code: string;
  readonly company: string | null;
  readonly phone: string | null;
  readonly isDefaultShipping: boolean;
  readonly isDefaultBilling: boolean;
}

export function toCustomerAddressResource(
  customerReference: string,
  address: CustomerAddressTransfer,
): GlueResourceObject<CustomerAddressAttributes> {
  return {
    type: ADDRESSES_TYPE,
    id: address.id,
    selfPath: `/customers/${encodeURIComponent(customerReference)}/${ADDRESSES_TYPE}/${encodeURIComponent(address.id)}`,
    attributes: {
      salutation: address.salutation,
      firstName: address.firstName,
      lastName: address.lastName,
      address1: address.address1,
      address2: address.address2,
      address3: address.address3,
      zipCode: address.zipCode,
      city: address.city,
      iso2Code: address.iso2Code,
      company: address.company,
      phone: address.phone,
      isDefaultShipping: address.isDefaultShipping,
      isDefaultBilling: address.isDefaultBilling,
    },
  };
}
