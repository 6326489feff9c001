import { Type } from '@sinclair/typebox';
import { Nullable, StringEnum, type Attributes, type GlueResourceObject } from '#glue-core';
import { SALUTATIONS, type CustomerAddressTransfer } from '#zed-facades/customer';

export const ADDRESSES_TYPE = 'addresses';

/**
 * Storefront `addresses` attributes, as Glue's; the id is the address uuid. `country` is the name of
 * the country of `iso2Code`, as Glue answers it (null for a code no country has any more).
 */
export const CustomerAddressAttributesSchema = Type.Object({
  salutation: StringEnum(SALUTATIONS),
  firstName: Type.String(),
  lastName: Type.String(),
  address1: Type.String(),
  address2: Nullable(Type.String()),
  address3: Nullable(Type.String()),
  zipCode: Type.String(),
  city: Type.String(),
  iso2Code: Type.String(),
  country: Nullable(Type.String({ examples: ['Germany'] })),
  company: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  isDefaultShipping: Type.Boolean(),
  isDefaultBilling: Type.Boolean(),
});

export type CustomerAddressAttributes = Attributes<typeof CustomerAddressAttributesSchema>;

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
      country: address.country?.name ?? null,
      company: address.company,
      phone: address.phone,
      isDefaultShipping: address.isDefaultShipping,
      isDefaultBilling: address.isDefaultBilling,
    },
  };
}
