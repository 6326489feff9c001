import { Type } from '@sinclair/typebox';
import {
  DateTime,
  formatDateTime,
  Nullable,
  StringEnum,
  type Attributes,
  type GlueResourceObject,
} from '#glue-core';
import { GENDERS, SALUTATIONS, type CustomerRegistrationTransfer } from '#zed-facades/customer';

export const CUSTOMERS_TYPE = 'customers';

/** Storefront `customers` attributes, as Glue's; the id is the customer reference. */
export const CustomerAttributesSchema = Type.Object({
  email: Type.String(),
  salutation: Nullable(StringEnum(SALUTATIONS)),
  gender: Nullable(StringEnum(GENDERS)),
  firstName: Type.String(),
  lastName: Type.String(),
  dateOfBirth: Nullable(Type.String({ format: 'date', examples: ['1985-06-30'] })),
  createdAt: DateTime(),
  updatedAt: DateTime(),
});

export type CustomerAttributes = Attributes<typeof CustomerAttributesSchema>;

export function toCustomerResource(
  customer: CustomerRegistrationTransfer,
): GlueResourceObject<CustomerAttributes> {
  return {
    type: CUSTOMERS_TYPE,
    id: customer.customerReference,
    selfPath: `/${CUSTOMERS_TYPE}/${encodeURIComponent(customer.customerReference)}`,
    attributes: {
      email: customer.email,
      salutation: customer.salutation,
      gender: customer.gender,
      firstName: customer.firstName,
      lastName: customer.lastName,
      dateOfBirth: customer.dateOfBirth,
      createdAt: formatDateTime(customer.createdAt),
      updatedAt: formatDateTime(customer.updatedAt),
    },
  };
}
