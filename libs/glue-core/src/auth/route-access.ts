import { GLUE_PUBLIC_METADATA, GLUE_SCOPES_METADATA } from './auth.decorators.js';

/** Who may call a route, as its `@Public()` / `@Scopes(…)` declarations say. */
export interface RouteAccess {
  /** Some declaration exists on the route or its class (an undeclared route stops the start). */
  readonly declared: boolean;
  readonly public: boolean;
  /** Scopes the caller's token must all carry: the class's and the route's. */
  readonly scopes: readonly string[];
}

const cache = new WeakMap<object, RouteAccess>();

/**
 * The access rule of a route handler, read once per handler. The route's own declaration wins
 * over its class's: a class-level `@Public()` does not open a route that declares `@Scopes(…)`.
 */
export function routeAccess(controller: object, handler: object): RouteAccess {
  let access = cache.get(handler);
  if (!access) {
    const read = <T>(key: string, target: object) => Reflect.getMetadata(key, target) as T | undefined;
    const routePublic = read<boolean>(GLUE_PUBLIC_METADATA, handler);
    const routeScopes = read<readonly string[]>(GLUE_SCOPES_METADATA, handler);
    const classPublic = read<boolean>(GLUE_PUBLIC_METADATA, controller);
    const classScopes = read<readonly string[]>(GLUE_SCOPES_METADATA, controller);
    access = {
      declared: [routePublic, routeScopes, classPublic, classScopes].some((value) => value !== undefined),
      public: routePublic === true || (routeScopes === undefined && classPublic === true),
      scopes: [...(classScopes ?? []), ...(routeScopes ?? [])],
    };
    cache.set(handler, access);
  }
  return access;
}
