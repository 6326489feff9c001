import type { DynamicModule, InjectionToken, ModuleMetadata, Type } from '@nestjs/common';
import type { GlueConvention } from '../convention/glue-convention.js';
import type { GlueDomainErrorMapping } from '../errors/domain-error.registry.js';
import type { GlueLinkOptions } from '../http/links.js';
import type { GlueRequestLimits } from '../limits/request-limits.js';
import type { GlueStoreResolver } from '../locale/glue-store-resolver.js';
import type { GluePipelineStep } from '../pipeline/pipeline-step.js';
import type { GlueRateLimitOptions } from '../rate-limit/rate-limit.options.js';

/** How an application is composed: the only place that names its conventions, servers and resources. */
export interface GlueApplicationOptions {
  /** Application name (`storefront`, `backend`), carried in every `GlueRequest`. */
  readonly name: string;
  /** Conventions the application can speak; the first formats errors when none was negotiated. */
  readonly conventions: readonly Type<GlueConvention>[];
  /**
   * Authentication servers in order: the first that applies to a request decides. Each is the
   * injection token of a Passport strategy (`GlueAuthenticationServer`) that a module in `imports`
   * provides and exports.
   */
  readonly authenticationServers?: readonly InjectionToken[];
  /** Resolves stores and their locales; without it requests carry no store and no locale. */
  readonly storeResolver?: Type<GlueStoreResolver>;
  /** Modules that provide the classes above (and nothing of the pipeline). */
  readonly imports?: ModuleMetadata['imports'];
  /**
   * Glue compatibility mode (contract §9): read what real Glue storefront clients send and answer
   * as Glue does (lenient bodies, `include` by type, linkage arrays, Glue's codes). Default: off,
   * strict JSON:API 1.1. Applications read it with `applicationConfig` (`<APP>_GLUE_COMPATIBILITY`).
   */
  readonly glueCompatibility?: boolean;
  /** What a request without `Accept` gets: 406 (the default, as Glue specifies) or the first convention. */
  readonly missingAccept?: 'reject' | 'first-convention';
  /** Origins allowed to call the application from a browser (CORS). */
  readonly corsOrigins?: readonly string[];
  /**
   * Where links point: the public URL, else a trusted proxy's forwarded host, else the listen
   * address; never the request's `Host`. Default: no public URL, `http://localhost`.
   */
  readonly links?: GlueLinkOptions;
  /** `max-age` of public responses (`@PublicCache()`) that name none: 60 seconds by default. */
  readonly publicCacheMaxAgeSeconds?: number;
  /** Limits of unauthenticated writes; without it `DEFAULT_RATE_LIMIT_OPTIONS`. */
  readonly rateLimit?: GlueRateLimitOptions;
  /**
   * The Redis the application's processes share (`REDIS_URL`, `redisUrlConfig`): the rate limits count
   * there. Absent or `null`: in this process's memory.
   */
  readonly redisUrl?: string | null;
  /**
   * How much work one request may ask for; each limit left out takes its default
   * (`DEFAULT_REQUEST_LIMITS`). Applications read them with `requestLimitsConfig(prefix)`.
   */
  readonly limits?: Partial<GlueRequestLimits>;
  /**
   * The application's `GlueHealthModule.forRoot({ readinessChecks })`: what `/health/ready`
   * checks. Without it the application is ready whenever it is live.
   */
  readonly health?: DynamicModule;
  /**
   * How the errors its facades throw reach clients (`glueDomainErrors(…)` per error class); the
   * first mapping whose class matches answers. An error no mapping answers is a 500.
   */
  readonly domainErrors?: readonly GlueDomainErrorMapping[];
  /**
   * The request pipeline, when the application replaces or adds a step: `GLUE_PIPELINE` changed
   * with `replacePipelineStep` / `insertPipelineStep` (docs/architecture.md). Default: `GLUE_PIPELINE`.
   */
  readonly pipeline?: readonly GluePipelineStep[];
}

export const GLUE_APPLICATION_OPTIONS = Symbol('GLUE_APPLICATION_OPTIONS');
