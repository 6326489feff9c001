import { formatDateTime, type GlueResourceObject } from '#glue-core';
import type { UserRole, UserTransfer } from '#zed-facades/user';

export const USERS_TYPE = 'users';

/** Backend `users` attributes. The password is write-only: it is never returned. */
export interface UserAttributes {
  readonly email: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly roles: readonly UserRole[];
  readonly isActive: boolean;
  readonly lastLoginAt: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export function toUserResource(user: UserTransfer): GlueResourceObject<UserAttributes> {
  return {
    type: USERS_TYPE,
    id: user.id,
    selfPath: `/${USERS_TYPE}/${encodeURIComponent(user.id)}`,
    attributes: {
      email: user.email,
      firstName: user.firstName,
      lastName: user.lastName,
      roles: user.roles,
      isActive: user.isActive,
      lastLoginAt: user.lastLoginAt === null ? null : formatDateTime(user.lastLoginAt),
      createdAt: formatDateTime(user.createdAt),
      updatedAt: formatDateTime(user.updatedAt),
    },
  };
}
