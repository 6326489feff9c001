import type { PasswordPolicyViolation } from '#zed-facades/security';

export enum CustomerErrorCode {
  CUSTOMER_NOT_FOUND = 'CUSTOMER_NOT_FOUND',
  EMAIL_ALREADY_USED = 'EMAIL_ALREADY_USED',
  PASSWORD_POLICY = 'PASSWORD_POLICY',
  CURRENT_PASSWORD_REQUIRED = 'CURRENT_PASSWORD_REQUIRED',
  CURRENT_PASSWORD_INVALID = 'CURRENT_PASSWORD_INVALID',
  ADDRESS_NOT_FOUND = 'ADDRESS_NOT_FOUND',
  REGISTRATION_KEY_INVALID = 'REGISTRATION_KEY_INVALID',
  GENDER_INVALID = 'GENDER_INVALID',
  COUNTRY_NOT_FOUND = 'COUNTRY_NOT_FOUND',
}

/**
 * A customer write or lookup that the domain refuses. `field` names the input field at fault (`email`,
 * `password`, `currentPassword`, `gender`, `iso2Code`); `violations` lists the broken password rules (PASSWORD_POLICY).
 */
export class CustomerException extends Error {
  constructor(
    readonly code: CustomerErrorCode,
    message: string,
    readonly field?: string,
    readonly violations: readonly PasswordPolicyViolation[] = [],
  ) {
    super(message);
    this.name = 'CustomerException';
  }
}
