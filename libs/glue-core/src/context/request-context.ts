import type { Request } from 'express';
import type { NegotiatedFormat } from '../convention/glue-convention.js';
import type { GlueError } from '../errors/glue-error.js';
import type { GlueRequestLimits } from '../limits/request-limits.js';
import type { GlueIncludeNode } from '../relationship/glue-relationship.registry.js';
import type { AdmissionRelease } from '../limits/admission-queue.js';
import type { GlueIdentity, GlueRequest } from './glue-request.js';

/**
 * Per-request state the pipeline steps hand to each other. It lives on the request object: no
 * request-scoped providers, no async-local magic. Steps fill it in order (see request-lifecycle.md).
 */
export interface GlueRequestContext {
  readonly requestId: string;
  readonly application: string;
  readonly startedAt: number;
  /** The base every link of the response starts with (step 1): never the request's `Host`. */
  readonly baseUrl: string;
  /** The application's request limits (formatting stops loading `include` at `maxIncludedResources`). */
  readonly limits: GlueRequestLimits;
  /** A controller route matched (set by step 2, which the not-found handler never reaches). */
  routed: boolean;
  store: string | null;
  locale: string | null;
  /** The negotiated response format (step 2). */
  response: NegotiatedFormat | null;
  /** The format the request body is read with (step 2), when it has one. */
  body: NegotiatedFormat | null;
  version: string | null;
  identity: GlueIdentity | null;
  glueRequest: GlueRequest | null;
  /** The route's `public, max-age=N` when it declares `@PublicCache()` (step 5), else `null`. */
  publicCacheControl: string | null;
  /** The loaders `include` asked for (step 5); formatting runs them (step 8). */
  includeTree: readonly GlueIncludeNode[];
  /**
   * The include turn this request holds (step 5), given back as soon as its reply is sent
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

/** The context of a request that passed step 1, or `undefined` for one that did not. */
export function findRequestContext(request: Request): GlueRequestContext | undefined {
  return (request as WithContext)[CONTEXT];
}

export function getRequestContext(request: Request): GlueRequestContext {
  const context = findRequestContext(request);
  if (!context) throw new Error('Glue request context missing: is RequestContextMiddleware registered?');
  return context;
}
