export const USER_ROLES = ['admin', 'catalog-manager', 'order-manager', 'support'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export function isUserRole(role: string): role is UserRole {
  return (USER_ROLES as readonly string[]).includes(role);
}

/**
 * The account kind of back-office users' sessions (`#zed-facades/oauth`): the kind the backend's OAuth
 * server gives its accounts (glue-core's `USER_IDENTITY_KIND`).
 */
export const USER_SESSION_KIND = 'user';

/** A back-office user; never carries the password hash. */
export interface UserTransfer {
  readonly id: string;
  readonly email: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly roles: readonly UserRole[];
  readonly isActive: boolean;
  readonly lastLoginAt: Date | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface UserCreateInput {
  readonly email: string;
  readonly password: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly roles: readonly UserRole[];
}

/** Omitted fields stay as they are. */
export interface UserUpdateInput {
  readonly email?: string;
  readonly password?: string;
  readonly firstName?: string;
  readonly lastName?: string;
  readonly roles?: readonly UserRole[];
  readonly isActive?: boolean;
}

export type UserSortField = 'email' | 'createdAt' | 'lastName';

/** Offset pagination; sorts apply in order, the id is always the final tiebreaker. */
export interface UserPageCriteria {
  readonly offset: number;
  readonly limit: number;
  readonly sort: readonly { field: UserSortField; direction: 'asc' | 'desc' }[];
  /** `email` matches case-insensitively anywhere in the address; `role`: users holding that role. */
  readonly filter: { readonly email?: string; readonly role?: UserRole; readonly isActive?: boolean };
}

export interface UserPage {
  readonly items: readonly UserTransfer[];
  readonly total: number;
}
