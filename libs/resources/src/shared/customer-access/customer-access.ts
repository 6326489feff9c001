import type { GlueRequest } from '#glue-core';
import { CustomersApiErrorCode, notFoundWithCode } from '#resources/shared/domain-errors';

/** The scope every customer access token carries; customer-only routes require it. */
export const CUSTOMER_SCOPE = 'customer';

/**
 * The calling customer's reference, when it is `customerReference`; otherwise 404 with Glue's "customer
 * not found" (`402`), what an unknown customer gets, so that another customer's private resources
 * (addresses today; carts and orders once they are built) are not revealed to exist (contract §3; Glue
 * answers 403 `411`).
 */
export function requireOwnCustomer(request: GlueRequest, customerReference: string): string {
  const caller = request.requestCustomer?.id ?? null;
  if (caller === null || caller !== customerReference) {
    // What the customer domain answers for an unknown customer, word for word.
    throw notFoundWithCode('Customer not found.', CustomersApiErrorCode.CustomerNotFound);
  }
  return caller;
}
