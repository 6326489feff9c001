import { SetMetadata } from '@nestjs/common';

export const GLUE_PUBLIC_CACHE_METADATA = 'glue:public-cache';

/** What every response that declares nothing else gets: no cache, private or shared, may keep it. */
export const NO_STORE = 'no-store';

/** How long shared caches may keep a public response when the application sets nothing else. */
export const DEFAULT_PUBLIC_CACHE_MAX_AGE_SECONDS = 60;

export interface PublicCacheOptions {
  /**
   * Seconds a cache may serve the response without asking again. Without it, the application's
   * setting (`publicCacheMaxAgeSeconds`, `<APP>_CACHE_MAX_AGE_SECONDS`, 60 by default).
   */
  readonly maxAgeSeconds?: number;
}

/**
 * The route's answers are the same for every anonymous caller, so shared caches may keep them:
 * a 200 to an anonymous `GET` is `Cache-Control: public, max-age=N` with an `ETag`. An
 * authenticated request (one with `Authorization`) and every error still get `no-store`, and so
 * does every route that does not say this. Only `GET` routes of Glue resources may declare it.
 */
export const PublicCache = (options: PublicCacheOptions = {}): MethodDecorator =>
  SetMetadata(GLUE_PUBLIC_CACHE_METADATA, options);

/** `public, max-age=N` for a route's declaration and the application's default max-age. */
export function publicCacheControl(declared: PublicCacheOptions, defaultMaxAgeSeconds: number): string {
  return `public, max-age=${declared.maxAgeSeconds ?? defaultMaxAgeSeconds}`;
}

/**
 * The one rule for a Glue resource's `Cache-Control`: public only for a 200 to an anonymous
 * `GET`/`HEAD` of a route declaring `@PublicCache()` (`declared` is its `public, max-age=N`, else
 * `null`); `no-store` for everything else. `authenticated`: the request carries `Authorization`,
 * or its caller was identified.
 */
export function decideCacheControl(
  declared: string | null,
  method: string,
  status: number,
  authenticated: boolean,
): string {
  if (declared === null || authenticated || status !== 200) return NO_STORE;
  return method === 'GET' || method === 'HEAD' ? declared : NO_STORE;
}
