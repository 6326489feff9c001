import type { PasswordPolicyViolation } from '#zed-facades/security';

export enum UserErrorCode {
  USER_NOT_FOUND = 'USER_NOT_FOUND',
  EMAIL_ALREADY_USED = 'EMAIL_ALREADY_USED',
  PASSWORD_POLICY = 'PASSWORD_POLICY',
  ROLES_REQUIRED = 'ROLES_REQUIRED',
  INVALID_ROLE = 'INVALID_ROLE',
  LAST_ADMIN = 'LAST_ADMIN',
}

/**
 * A back-office user write or lookup that the domain refuses. `field` names the input field at fault
 * (`email`, `password`, `roles`, `isActive`); `violations` lists the broken password rules (PASSWORD_POLICY).
 */
export class UserException extends Error {
  constructor(
    readonly code: UserErrorCode,
    message: string,
    readonly field?: string,
    readonly violations: readonly PasswordPolicyViolation[] = [],
  ) {
    super(message);
    this.name = 'UserException';
  }
}
