import { SetMetadata } from '@nestjs/common';
import type { RouteAccess } from '../auth/route-access.js';

export const GLUE_RATE_LIMIT_ACCOUNT_METADATA = 'glue:rate-limit-account';

/** What a public write names its account by when it declares nothing: Glue's and RFC 6749's names. */
export const DEFAULT_ACCOUNT_ATTRIBUTES: readonly string[] = ['username', 'email'];

/**
 * Names the request attribute that identifies the account an unauthenticated write is about (the
 * `username` of a login, the `email` of a registration or a password reset): the route is then
 * limited per account as well as per client address. The attribute is read where the request's
 * convention keeps it (a JSON:API document's `data.attributes`, a form's fields). A public write
 * that declares nothing is limited by its `username` or `email` attribute, when it has one.
 */
export const RateLimitAccount = (attribute: string): MethodDecorator =>
  SetMetadata(GLUE_RATE_LIMIT_ACCOUNT_METADATA, attribute);

const WRITE_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Whether requests with this method to a route with this access are rate limited: every write an
 * anonymous caller may make. The pipeline's rate-limit step and the API description both ask here.
 */
export function isRateLimited(method: string, access: RouteAccess): boolean {
  return access.public && WRITE_METHODS.has(method);
}
