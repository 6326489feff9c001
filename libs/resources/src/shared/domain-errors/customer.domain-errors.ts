import { glueDomainErrors, GlueErrorCode, GlueHttpException } from '#glue-core';
import { CustomerErrorCode, CustomerException } from '#zed-facades/customer';
import { invalidAttribute, passwordPolicyViolated } from './domain-error.answers.js';

/** Error codes of the storefront `customers` resource, stable for clients. */
export const CustomersApiErrorCode = {
  NotFound: '007',
  EmailAlreadyUsed: '1401',
  PasswordPolicy: '1402',
  CurrentPasswordInvalid: '1403',
  RegistrationKeyInvalid: '1404',
} as const;

/**
 * Customer domain errors as the storefront's `customers` and `addresses` answer them. Addresses fail
 * only by not being found (or not being the caller's, which looks the same): their attributes are
 * validated before the facade sees them.
 */
export const CUSTOMER_ERRORS = glueDomainErrors(CustomerException, {
  [CustomerErrorCode.CUSTOMER_NOT_FOUND]: (error) => GlueHttpException.notFound(error.message),
  [CustomerErrorCode.ADDRESS_NOT_FOUND]: (error) => GlueHttpException.notFound(error.message),
  // Glue answers 422 for a registration with an existing email; a change of email does the same.
  [CustomerErrorCode.EMAIL_ALREADY_USED]: (error) =>
    invalidAttribute(error.message, CustomersApiErrorCode.EmailAlreadyUsed, 'email'),
  [CustomerErrorCode.PASSWORD_POLICY]: (error) =>
    passwordPolicyViolated(error, CustomersApiErrorCode.PasswordPolicy),
  // What validation answers for a password change without it: the attribute is required.
  [CustomerErrorCode.CURRENT_PASSWORD_REQUIRED]: (error) =>
    invalidAttribute(error.message, GlueErrorCode.ValidationFailed, 'currentPassword'),
  [CustomerErrorCode.CURRENT_PASSWORD_INVALID]: (error) =>
    invalidAttribute(error.message, CustomersApiErrorCode.CurrentPasswordInvalid, 'currentPassword'),
  // For Glue's `customer-confirmation` (Glue's own code there is 423).
  [CustomerErrorCode.REGISTRATION_KEY_INVALID]: (error) =>
    invalidAttribute(error.message, CustomersApiErrorCode.RegistrationKeyInvalid, 'registrationKey'),
});
