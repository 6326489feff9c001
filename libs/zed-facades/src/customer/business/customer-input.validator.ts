import { checkPasswordPolicy } from '#zed-facades/security';
import { CustomerErrorCode, CustomerException } from '../customer.exception.js';

export function assertPasswordPolicy(password: string, email: string): void {
  const violations = checkPasswordPolicy(password, { email });
  if (violations.length > 0) {
    throw new CustomerException(
      CustomerErrorCode.PASSWORD_POLICY,
      violations.map((violation) => violation.message).join(' '),
      'password',
      violations,
    );
  }
}

export function customerNotFound(customerReference: string): CustomerException {
  return new CustomerException(
    CustomerErrorCode.CUSTOMER_NOT_FOUND,
    `No customer with reference "${customerReference}".`,
  );
}

export function addressNotFound(addressId: string): CustomerException {
  return new CustomerException(
    CustomerErrorCode.ADDRESS_NOT_FOUND,
    `The customer has no address with id "${addressId}".`,
  );
}
