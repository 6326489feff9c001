import { IsWholeNumberVariable } from '../config/environment.decorators.js';
import { configGroup, type ConfigGroup } from '../config/environment.js';
import { GlueErrorCode, type GlueError, type GlueErrorSource } from '../errors/glue-error.js';

/**
 * How much work one request may ask for (docs/security.md, "Request limits"). Every limit is a
 * whole number; a request over one is refused with 400 (code `4005`) before any facade runs, except
 * `maxIncludedResources`, which only loading can know, and `maxBodyBytes`, which body-parser
 * enforces with 413 while it reads.
 */
export interface GlueRequestLimits {
  /** Levels of one `include` path (`a.b.c` is 3). */
  readonly maxIncludeDepth: number;
  /** Comma-separated paths in `include`. */
  readonly maxIncludePaths: number;
  /** Resources in `included`; loading stops as soon as a request reaches more. */
  readonly maxIncludedResources: number;
  /** `page[limit]` on any collection, on top of each collection's own maximum. */
  readonly maxPageLimit: number;
  /** Characters of the query string, as sent (percent-encoded). */
  readonly maxQueryLength: number;
  /** Characters of each query parameter's name, and of its value, as sent. */
  readonly maxParameterLength: number;
  /** Bytes of a request body (JSON or form); more is 413. */
  readonly maxBodyBytes: number;
  /** Nesting of arrays and objects in a JSON body (`{"a":[1]}` is 2). */
  readonly maxBodyDepth: number;
  /**
   * Requests with an `include` that one process works on at once (from the handler to the sent
   * document); the others wait their turn. Not a refusal: a bound on how much of the event loop
   * large documents may hold while other clients wait.
   */
  readonly maxConcurrentIncludes: number;
  /** Requests with an `include` that may wait for their turn; more are refused with 503 at once. */
  readonly maxQueuedIncludes: number;
}

/**
 * The defaults (justified in docs/security.md): a shop listing page with four relationships and
 * `page[limit]=100` is well inside them; a cyclic include a few hundred levels deep is not.
 */
export const DEFAULT_REQUEST_LIMITS: GlueRequestLimits = {
  maxIncludeDepth: 3,
  maxIncludePaths: 20,
  maxIncludedResources: 2000,
  maxPageLimit: 200,
  maxQueryLength: 4096,
  maxParameterLength: 2048,
  maxBodyBytes: 1024 * 1024,
  maxBodyDepth: 32,
  maxConcurrentIncludes: 4,
  maxQueuedIncludes: 64,
};

/** What each limit is called in an error's `detail` ("the include depth limit is 3"). */
const REQUEST_LIMIT_NAMES: Readonly<Record<keyof GlueRequestLimits, string>> = {
  maxIncludeDepth: 'include depth',
  maxIncludePaths: 'include path count',
  maxIncludedResources: 'included resources',
  maxPageLimit: 'page size',
  maxQueryLength: 'query string length',
  maxParameterLength: 'query parameter length',
  maxBodyBytes: 'body size',
  maxBodyDepth: 'body nesting',
  maxConcurrentIncludes: 'concurrent includes',
  maxQueuedIncludes: 'queued includes',
};

/**
 * The defaults with an application's own values on top, checked as the environment's are (a whole
 * number of at least 1; body nesting at most 1000): a wrong value in code stops the start too.
 */
export function resolveRequestLimits(limits: Partial<GlueRequestLimits> = {}): GlueRequestLimits {
  const resolved = { ...DEFAULT_REQUEST_LIMITS, ...limits };
  for (const [limit, value] of Object.entries(resolved) as [keyof GlueRequestLimits, number][]) {
    const maximum = MAXIMA[limit] ?? Number.MAX_SAFE_INTEGER;
    if (!Number.isSafeInteger(value) || value < 1 || value > maximum) {
      throw new RangeError(
        `Request limit ${limit} must be a whole number from 1 to ${maximum}, not ${value}.`,
      );
    }
  }
  return resolved;
}

/**
 * The application's request limits, resolved and checked once by `GlueApplicationModule.forRoot`:
 * every step that needs them injects this.
 */
export const GLUE_REQUEST_LIMITS = Symbol('GLUE_REQUEST_LIMITS');

/** 400 with code `4005`: `what` (the request's measure) is over `limit`, which `detail` names with its value. */
export function limitExceeded(
  limits: GlueRequestLimits,
  limit: keyof GlueRequestLimits,
  what: string,
  source?: GlueErrorSource,
): GlueError {
  return {
    status: 400,
    code: GlueErrorCode.LimitExceeded,
    title: 'Request exceeds a limit',
    detail: `${what}; the ${REQUEST_LIMIT_NAMES[limit]} limit is ${limits[limit]}.`,
    ...(source && { source }),
  };
}

/** Body nesting beyond this would let recursive walks of a parsed body (validation) overflow the stack. */
const MAXIMA: Partial<Record<keyof GlueRequestLimits, number>> = { maxBodyDepth: 1000 };

/**
 * An application's request limits from the environment: `<PREFIX>_MAX_INCLUDE_DEPTH`,
 * `_MAX_INCLUDE_PATHS`, `_MAX_INCLUDED_RESOURCES`, `_MAX_PAGE_LIMIT`, `_MAX_QUERY_LENGTH`,
 * `_MAX_PARAMETER_LENGTH`, `_MAX_BODY_BYTES`, `_MAX_BODY_DEPTH`, `_MAX_CONCURRENT_INCLUDES`,
 * `_MAX_QUEUED_INCLUDES` (`prefix` = `STOREFRONT`, `BACKEND`); an unset one takes `defaults`'
 * value (glue-core's unless given). Each is a whole number of at least 1 (the body nesting at
 * most 1000).
 */
export function requestLimitsConfig(
  prefix: string,
  defaults: Partial<GlueRequestLimits> = {},
): ConfigGroup<GlueRequestLimits> {
  const fallback = resolveRequestLimits(defaults);
  class RequestLimitVariables {
    @IsWholeNumberVariable(1) readonly MAX_INCLUDE_DEPTH = fallback.maxIncludeDepth;
    @IsWholeNumberVariable(1) readonly MAX_INCLUDE_PATHS = fallback.maxIncludePaths;
    @IsWholeNumberVariable(1) readonly MAX_INCLUDED_RESOURCES = fallback.maxIncludedResources;
    @IsWholeNumberVariable(1) readonly MAX_PAGE_LIMIT = fallback.maxPageLimit;
    @IsWholeNumberVariable(1) readonly MAX_QUERY_LENGTH = fallback.maxQueryLength;
    @IsWholeNumberVariable(1) readonly MAX_PARAMETER_LENGTH = fallback.maxParameterLength;
    @IsWholeNumberVariable(1) readonly MAX_BODY_BYTES = fallback.maxBodyBytes;
    @IsWholeNumberVariable(1, MAXIMA.maxBodyDepth) readonly MAX_BODY_DEPTH = fallback.maxBodyDepth;
    @IsWholeNumberVariable(1) readonly MAX_CONCURRENT_INCLUDES = fallback.maxConcurrentIncludes;
    @IsWholeNumberVariable(1) readonly MAX_QUEUED_INCLUDES = fallback.maxQueuedIncludes;
  }
  return configGroup(RequestLimitVariables, `${prefix}_`, (values) => ({
    maxIncludeDepth: values.MAX_INCLUDE_DEPTH,
    maxIncludePaths: values.MAX_INCLUDE_PATHS,
    maxIncludedResources: values.MAX_INCLUDED_RESOURCES,
    maxPageLimit: values.MAX_PAGE_LIMIT,
    maxQueryLength: values.MAX_QUERY_LENGTH,
    maxParameterLength: values.MAX_PARAMETER_LENGTH,
    maxBodyBytes: values.MAX_BODY_BYTES,
    maxBodyDepth: values.MAX_BODY_DEPTH,
    maxConcurrentIncludes: values.MAX_CONCURRENT_INCLUDES,
    maxQueuedIncludes: values.MAX_QUEUED_INCLUDES,
  }));
}
