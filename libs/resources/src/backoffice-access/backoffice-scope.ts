import type { UserRole } from '#zed-facades/user';

/**
 * The scopes backend routes require (`@Scopes(BackofficeScope.ProductsWrite)`). A back-office
 * user's access token carries the scopes of the user's roles, fixed when the token is issued.
 */
export const BackofficeScope = {
  ProductsRead: 'products:read',
  ProductsWrite: 'products:write',
  UsersRead: 'users:read',
  UsersWrite: 'users:write',
  AuditLogsRead: 'audit-logs:read',
  OrdersRead: 'orders:read',
  OrdersWrite: 'orders:write',
} as const;
export type BackofficeScope = (typeof BackofficeScope)[keyof typeof BackofficeScope];

const ALL_SCOPES: readonly BackofficeScope[] = Object.values(BackofficeScope);

/** What each role may do. `support` reads what it helps customers with and changes nothing. */
export const ROLE_SCOPES: Readonly<Record<UserRole, readonly BackofficeScope[]>> = {
  admin: ALL_SCOPES,
  'catalog-manager': [BackofficeScope.ProductsRead, BackofficeScope.ProductsWrite],
  'order-manager': [BackofficeScope.OrdersRead, BackofficeScope.OrdersWrite, BackofficeScope.ProductsRead],
  support: [BackofficeScope.OrdersRead, BackofficeScope.ProductsRead],
};

/** The union of the roles' scopes, in a stable order. */
export function scopesForRoles(roles: readonly UserRole[]): BackofficeScope[] {
  const granted = new Set(roles.flatMap((role) => ROLE_SCOPES[role]));
  return ALL_SCOPES.filter((scope) => granted.has(scope));
}
