import { GlueErrorCode, GlueHttpException, LoginBlockedError, loginBlockedException } from '#glue-core';
import { CustomerErrorCode, CustomerException } from '#zed-facades/customer';

/** Error codes of the storefront `customers` resource, stable for clients. */
export const CustomersApiErrorCode = {
  NotFound: '007',
  EmailAlreadyUsed: '1401',
  PasswordPolicy: '1402',
  CurrentPasswordInvalid: '1403',
  RegistrationKeyInvalid: '1404',
} as const;

/**
 * Rethrows a customer facade error as its HTTP error, anything else as it is:
 * `facade.call(…).catch(throwAsGlueError)`.
 */
export function throwAsGlueError(error: unknown): never {
  throw toGlueException(error);
}

/**
 * The one place customer domain errors become HTTP errors; exhaustive over `CustomerErrorCode`. A
 * current password refused by the login blocker is its 429.
 */
function toGlueException(error: unknown): unknown {
  if (error instanceof LoginBlockedError) return loginBlockedException(error);
  if (!(error instanceof CustomerException)) return error;
  switch (error.code) {
    case CustomerErrorCode.CUSTOMER_NOT_FOUND:
    case CustomerErrorCode.ADDRESS_NOT_FOUND:
      return GlueHttpException.notFound(error.message);
    case CustomerErrorCode.EMAIL_ALREADY_USED:
      // Glue answers 422 for a registration with an existing email; a change of email does the same.
      return unprocessable(error.message, CustomersApiErrorCode.EmailAlreadyUsed, 'email');
    case CustomerErrorCode.PASSWORD_POLICY:
      return GlueHttpException.unprocessable(
        (error.violations.length > 0 ? error.violations : [{ message: error.message }]).map((violation) => ({
          code: CustomersApiErrorCode.PasswordPolicy,
          detail: violation.message,
          source: { attribute: 'password' },
        })),
      );
    case CustomerErrorCode.CURRENT_PASSWORD_REQUIRED:
      // What validation answers for a password change without it: the attribute is required.
      return unprocessable(error.message, GlueErrorCode.ValidationFailed, 'currentPassword');
    case CustomerErrorCode.CURRENT_PASSWORD_INVALID:
      return unprocessable(error.message, CustomersApiErrorCode.CurrentPasswordInvalid, 'currentPassword');
    case CustomerErrorCode.REGISTRATION_KEY_INVALID:
      // For Glue's `customer-confirmation` (Glue's own code there is 423).
      return unprocessable(error.message, CustomersApiErrorCode.RegistrationKeyInvalid, 'registrationKey');
  }
}

function unprocessable(detail: string, code: string, attribute: string): GlueHttpException {
  return GlueHttpException.unprocessable([{ code, detail, source: { attribute } }]);
}
