import { GlueHttpException } from '#glue-core';
import { CustomerErrorCode, CustomerException } from '#zed-facades/customer';

/**
 * Error codes of the storefront `addresses` resource, stable for clients. Addresses fail only by
 * not being found (or not being the caller's, which looks the same); their attributes are
 * validated before the facade sees them (422, glue-core's `422`).
 */
export const CustomerAddressesApiErrorCode = {
  NotFound: '007',
} as const;

/**
 * Rethrows a customer facade error as its HTTP error, anything else as it is:
 * `facade.call(…).catch(throwAsGlueError)`.
 */
export function throwAsGlueError(error: unknown): never {
  throw toGlueException(error);
}

/** The one place customer domain errors of address routes become HTTP errors; exhaustive. */
function toGlueException(error: unknown): unknown {
  if (!(error instanceof CustomerException)) return error;
  switch (error.code) {
    case CustomerErrorCode.CUSTOMER_NOT_FOUND:
    case CustomerErrorCode.ADDRESS_NOT_FOUND:
      return GlueHttpException.notFound(error.message);
    case CustomerErrorCode.EMAIL_ALREADY_USED:
    case CustomerErrorCode.PASSWORD_POLICY:
    case CustomerErrorCode.CURRENT_PASSWORD_REQUIRED:
    case CustomerErrorCode.CURRENT_PASSWORD_INVALID:
    case CustomerErrorCode.REGISTRATION_KEY_INVALID:
      // Account errors: no address write can cause them, so one here is a bug (500), not a client error.
      return error;
  }
}
