import { uniqueViolationOf } from '#zed-facades/persistence-support';
import { enforcePasswordPolicy } from '#zed-facades/security';
import { CustomerErrorCode, CustomerException } from '../customer.exception.js';
import { GENDERS, type Gender } from '../transfer/customer.transfer.js';

export function assertPasswordPolicy(password: string, email: string): void {
  enforcePasswordPolicy(
    password,
    { email },
    (message, violations) =>
      new CustomerException(CustomerErrorCode.PASSWORD_POLICY, message, 'password', violations),
  );
}

// Glue's wording (`CustomersRestApiConfig`) for what it documents: clients may show it as it is.

/** The reference is not named: an unknown and another customer's reference must read the same. */
export function customerNotFound(): CustomerException {
  return new CustomerException(CustomerErrorCode.CUSTOMER_NOT_FOUND, 'Customer not found.');
}

export function addressNotFound(): CustomerException {
  return new CustomerException(CustomerErrorCode.ADDRESS_NOT_FOUND, 'Address was not found.');
}

/** EMAIL_ALREADY_USED for the unique violation of `uq_customer_email`; any other error as it is. */
export function translateUniqueViolation(error: unknown): unknown {
  if (uniqueViolationOf(error)?.constraint === 'uq_customer_email') {
    return new CustomerException(
      CustomerErrorCode.EMAIL_ALREADY_USED,
      'Customer with this email already exists.',
      'email',
    );
  }
  return error;
}

/** The gender as stored: `undefined` (not given) and `null` (cleared) as they are; GENDER_INVALID otherwise. */
export function validGender<T extends undefined | null>(gender: string | T): Gender | T {
  if (gender === undefined || gender === null) return gender;
  const valid = GENDERS.find((candidate) => candidate === gender);
  if (valid === undefined) {
    throw new CustomerException(
      CustomerErrorCode.GENDER_INVALID,
      `Gender is not valid. Possible options are: ${GENDERS.join(', ')}`,
      'gender',
    );
  }
  return valid;
}

export function countryNotFound(iso2Code: string): CustomerException {
  return new CustomerException(
    CustomerErrorCode.COUNTRY_NOT_FOUND,
    `No country with ISO code "${iso2Code}".`,
    'iso2Code',
  );
}
