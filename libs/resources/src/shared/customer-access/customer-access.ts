import { GlueHttpException, type GlueRequest } from '#glue-core';

/** The scope every customer access token carries; customer-only routes require it. */
export const CUSTOMER_SCOPE = 'customer';

/**
 * The calling customer's reference, when it is `customerReference`; otherwise 404, so that another
 * customer's private resources (addresses today; carts and orders once they are built) are not revealed to exist (contract §3).
 */
export function requireOwnCustomer(request: GlueRequest, customerReference: string): string {
  const caller = request.requestCustomer?.id ?? null;
  if (caller === null || caller !== customerReference) {
    throw GlueHttpException.notFound(`Customer "${customerReference}" was not found.`);
  }
  return caller;
}
