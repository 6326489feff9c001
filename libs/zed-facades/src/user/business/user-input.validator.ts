import { enforcePasswordPolicy } from '#zed-facades/security';
import { isUserRole, USER_ROLES, type UserRole } from '../transfer/user.transfer.js';
import { UserErrorCode, UserException } from '../user.exception.js';

/** The roles deduplicated in the canonical order of USER_ROLES; throws for none or an unknown one. */
export function normalizeRoles(roles: readonly string[]): UserRole[] {
  if (roles.length === 0) {
    throw new UserException(UserErrorCode.ROLES_REQUIRED, 'A user needs at least one role.', 'roles');
  }
  const index = roles.findIndex((role) => !isUserRole(role));
  if (index >= 0) {
    throw new UserException(
      UserErrorCode.INVALID_ROLE,
      `The role "${roles[index] ?? ''}" does not exist; use one of: ${USER_ROLES.join(', ')}.`,
      `roles.${index}`,
    );
  }
  return USER_ROLES.filter((role) => roles.includes(role));
}

export function assertPasswordPolicy(password: string, email: string): void {
  enforcePasswordPolicy(
    password,
    { email },
    (message, violations) =>
      new UserException(UserErrorCode.PASSWORD_POLICY, message, 'password', violations),
  );
}
