import { Type } from '@sinclair/typebox';
import {
  DateTime,
  formatDateTime,
  Nullable,
  StringEnum,
  type Attributes,
  type GlueResourceObject,
} from '#glue-core';
import { USER_ROLES, type UserTransfer } from '#zed-facades/user';

export const USERS_TYPE = 'users';

/** Backend `users` attributes. The password is write-only: it is never returned. */
export const UserAttributesSchema = Type.Object({
  email: Type.String(),
  firstName: Type.String(),
  lastName: Type.String(),
  roles: Type.Array(StringEnum(USER_ROLES)),
  isActive: Type.Boolean(),
  lastLoginAt: Nullable(DateTime()),
  createdAt: DateTime(),
  updatedAt: DateTime(),
});

export type UserAttributes = Attributes<typeof UserAttributesSchema>;

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
