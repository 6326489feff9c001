import { formatDateTime, type GlueResourceObject } from '#glue-core';
import type { CustomerTransfer, Salutation } from '#zed-facades/customer';

export const CUSTOMERS_TYPE = 'customers';

/** Storefront `customers` attributes, as Glue's; the id is the customer reference. */
export interface CustomerAttributes {
  readonly email: string;
  readonly salutation: Salutation | null;
  readonly firstName: string;
  readonly lastName: string;
  /** `YYYY-MM-DD` */
  readonly dateOfBirth: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export function toCustomerResource(customer: CustomerTransfer): GlueResourceObject<CustomerAttributes> {
  return {
    type: CUSTOMERS_TYPE,
    id: customer.customerReference,
    selfPath: `/${CUSTOMERS_TYPE}/${encodeURIComponent(customer.customerReference)}`,
    attributes: {
      email: customer.email,
      salutation: customer.salutation,
      firstName: customer.firstName,
      lastName: customer.lastName,
      dateOfBirth: customer.dateOfBirth,
      createdAt: formatDateTime(customer.createdAt),
      updatedAt: formatDateTime(customer.updatedAt),
    },
  };
}
