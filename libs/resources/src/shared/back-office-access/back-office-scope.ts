import type { UserRole } from '#zed-facades/user';

/**
 * The scopes backend routes require (`@Scopes(BackOfficeScope.ProductsWrite)`). A back-office
 * user's access token carries the scopes of the user's roles, fixed when the token is issued.
 * No route requires `orders:*` yet: the roles grant them ahead of the order resources to come, so
 * that tokens and roles need no change when those arrive.
 */
export const BackOfficeScope = {
  ProductsRead: 'products:read',
  ProductsWrite: 'products:write',
  UsersRead: 'users:read',
  UsersWrite: 'users:write',
  AuditLogsRead: 'audit-logs:read',
  OrdersRead: 'orders:read',
  OrdersWrite: 'orders:write',
} as const;
export type BackOfficeScope = (typeof BackOfficeScope)[keyof typeof BackOfficeScope];

const ALL_SCOPES: readonly BackOfficeScope[] = Object.values(BackOfficeScope);

/** What each role may do. `support` reads what it helps customers with and changes nothing. */
export const ROLE_SCOPES: Readonly<Record<UserRole, readonly BackOfficeScope[]>> = {
  admin: ALL_SCOPES,
  'catalog-manager': [BackOfficeScope.ProductsRead, BackOfficeScope.ProductsWrite],
  'order-manager': [BackOfficeScope.OrdersRead, BackOfficeScope.OrdersWrite, BackOfficeScope.ProductsRead],
  support: [BackOfficeScope.OrdersRead, BackOfficeScope.ProductsRead],
};

/** The union of the roles' scopes, in a stable order. */
export function scopesForRoles(roles: readonly UserRole[]): BackOfficeScope[] {
  const granted = new Set(roles.flatMap((role) => ROLE_SCOPES[role]));
  return ALL_SCOPES.filter((scope) => granted.has(scope));
}
