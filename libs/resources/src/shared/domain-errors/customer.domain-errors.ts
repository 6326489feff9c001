import { glueDomainErrors, GlueErrorCode } from '#glue-core';
import { CustomerErrorCode, CustomerException } from '#zed-facades/customer';
import type { PasswordPolicyRule } from '#zed-facades/security';
import { invalidAttribute, notFoundWithCode, passwordPolicyViolated } from './domain-error.answers.js';

/**
 * Error codes of the storefront `customers` and `addresses` resources, stable for clients: Glue's
 * (`CustomersRestApi`) wherever Glue has one, four digits where it has none.
 */
export const CustomersApiErrorCode = {
  EmailAlreadyUsed: '400',
  CustomerNotFound: '402',
  AddressNotFound: '404',
  PasswordsDoNotMatch: '406',
  CurrentPasswordInvalid: '408',
  GenderInvalid: '414',
  PasswordTooShort: '418',
  PasswordTooLong: '419',
  PasswordCharacterSet: '420',
  PasswordTooCommon: '422',
  RegistrationKeyInvalid: '423',
  PasswordContainsEmail: '1402',
  CountryNotFound: '1501',
} as const;

const PASSWORD_RULE_CODES: Readonly<Record<PasswordPolicyRule, string>> = {
  'too-short': CustomersApiErrorCode.PasswordTooShort,
  'too-long': CustomersApiErrorCode.PasswordTooLong,
  'needs-letter-and-digit': CustomersApiErrorCode.PasswordCharacterSet,
  'too-common': CustomersApiErrorCode.PasswordTooCommon,
  'contains-email': CustomersApiErrorCode.PasswordContainsEmail,
};

/**
 * Customer domain errors as the storefront's `customers` and `addresses` answer them. An unknown
 * customer and another customer's reference look the same (404 `402`, contract §3). Validation
 * failures keep the contract's 422 where Glue answers 400, with Glue's code. The detail is the
 * domain's message, which is Glue's wording where Glue documents one.
 */
export const CUSTOMER_ERRORS = glueDomainErrors(CustomerException, {
  [CustomerErrorCode.CUSTOMER_NOT_FOUND]: (error) =>
    notFoundWithCode(error.message, CustomersApiErrorCode.CustomerNotFound),
  [CustomerErrorCode.ADDRESS_NOT_FOUND]: (error) =>
    notFoundWithCode(error.message, CustomersApiErrorCode.AddressNotFound),
  // Glue answers 422 for a registration with an existing email; a change of email does the same.
  [CustomerErrorCode.EMAIL_ALREADY_USED]: (error) =>
    invalidAttribute(error.message, CustomersApiErrorCode.EmailAlreadyUsed, 'email'),
  [CustomerErrorCode.PASSWORD_POLICY]: (error) =>
    passwordPolicyViolated(error, (rule) =>
      rule === undefined ? CustomersApiErrorCode.PasswordContainsEmail : PASSWORD_RULE_CODES[rule],
    ),
  // What validation answers for a password change without it: the attribute is required.
  [CustomerErrorCode.CURRENT_PASSWORD_REQUIRED]: (error) =>
    invalidAttribute(error.message, GlueErrorCode.ValidationFailed, 'currentPassword'),
  [CustomerErrorCode.CURRENT_PASSWORD_INVALID]: (error) =>
    invalidAttribute(error.message, CustomersApiErrorCode.CurrentPasswordInvalid, 'currentPassword'),
  // Glue's code of its `customer-confirmation` resource.
  [CustomerErrorCode.REGISTRATION_KEY_INVALID]: (error) =>
    invalidAttribute(error.message, CustomersApiErrorCode.RegistrationKeyInvalid, 'registrationKey'),
  [CustomerErrorCode.GENDER_INVALID]: (error) =>
    invalidAttribute(error.message, CustomersApiErrorCode.GenderInvalid, 'gender'),
  [CustomerErrorCode.COUNTRY_NOT_FOUND]: (error) =>
    invalidAttribute(error.message, CustomersApiErrorCode.CountryNotFound, 'iso2Code'),
});
