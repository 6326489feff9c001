import type { Request } from 'express';
import type { NegotiatedFormat } from '../convention/glue-convention.js';
import type { GlueError } from '../errors/glue-error.js';
import type { GlueRequestLimits } from '../limits/request-limits.js';
import type { GlueIncludePlan } from '../relationship/glue-relationship.registry.js';
import type { AdmissionRelease } from '../limits/admission-queue.js';
import type { GlueIdentity, GlueRequest } from './glue-request.js';

/**
 * Per-request state the pipeline steps hand to each other. It lives on the request object: no
 * request-scoped providers, no async-local magic. Steps fill it in the order of the pipeline list (see request-lifecycle.md).
 */
export interface GlueRequestContext {
  readonly requestId: string;
  readonly application: string;
  /** The application's Glue compatibility mode (`GlueApplicationOptions.glueCompatibility`). */
  readonly glueCompatibility: boolean;
  readonly startedAt: number;
  /** The base every link of the response starts with (`hydrate`): never the request's `Host`. */
  readonly baseUrl: string;
  /** The application's request limits (formatting stops loading `include` at `maxIncludedResources`). */
  readonly limits: GlueRequestLimits;
  /** A controller route matched (set by `negotiate`, which a routing miss never reaches). */
  routed: boolean;
  store: string | null;
  locale: string | null;
  /** The negotiated response format (`negotiate`). */
  response: NegotiatedFormat | null;
  /** The format the request body is read with (`negotiate`), when it has one. */
  body: NegotiatedFormat | null;
  version: string | null;
  identity: GlueIdentity | null;
  glueRequest: GlueRequest | null;
  /** The route's `public, max-age=N` when it declares `@PublicCache()` (`parse`), else `null`. */
  publicCacheControl: string | null;
  /** The loaders `include` asked for (`parse`), `null` for nothing to load; `format` runs them. */
  includePlan: GlueIncludePlan | null;
  /**
   * The include turn this request holds (`parse`), given back as soon as its reply is sent
   * (`sendReply`), or when its client is gone before that.
   */
  includeTurn: AdmissionRelease | null;
  /** A body that could not be parsed (malformed JSON, too large); the parsing step reports it. */
  bodyError: GlueError | null;
}

const CONTEXT = Symbol('glue.request-context');

type WithContext = Request & { [CONTEXT]?: GlueRequestContext };

export function setRequestContext(request: Request, context: GlueRequestContext): void {
  (request as WithContext)[CONTEXT] = context;
}

/** The context of a request that passed `hydrate`, or `undefined` for one that did not. */
export function findRequestContext(request: Request): GlueRequestContext | undefined {
  return (request as WithContext)[CONTEXT];
}

export function getRequestContext(request: Request): GlueRequestContext {
  const context = findRequestContext(request);
  if (!context)
    throw new Error(
      'Glue request context missing: is the hydrate step (RequestContextMiddleware) in the pipeline?',
    );
  return context;
}
