import {
  Inject,
  Module,
  RequestMethod,
  type DynamicModule,
  type MiddlewareConsumer,
  type NestModule,
  type Provider,
} from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { GLUE_AUTHENTICATION_SERVERS } from '../auth/glue-authentication-server.js';
import type { GlueConvention } from '../convention/glue-convention.js';
import { GLUE_CONVENTIONS, GlueConventionRegistry } from '../convention/glue-convention.registry.js';
import { GlueDomainErrorRegistry } from '../errors/domain-error.registry.js';
import { GlueHealthModule } from '../health/glue-health.module.js';
import { HealthController } from '../health/health.controller.js';
import { normalisePublicUrl } from '../http/links.js';
import { GLUE_STORE_RESOLVER } from '../locale/glue-store-resolver.js';
import { OpenApiDocumentBuilder } from '../openapi/openapi-document.builder.js';
import { OpenApiController } from '../openapi/openapi.controller.js';
import { ThrottlerStorageService, type ThrottlerStorage } from '@nestjs/throttler';
import { AdmissionQueue, GLUE_INCLUDE_ADMISSION } from '../limits/admission-queue.js';
import { GLUE_REQUEST_LIMITS, resolveRequestLimits } from '../limits/request-limits.js';
import { GLUE_PIPELINE, gluePipelineProviders, stepsThatRun } from '../pipeline/glue-pipeline.js';
import { GlueMiddlewareSteps } from '../pipeline/middleware-steps.js';
import { GLUE_PIPELINE_STEPS, type GluePipelineStep } from '../pipeline/pipeline-step.js';
import { GLUE_RATE_LIMIT_STORAGE } from '../rate-limit/rate-limit.options.js';
import { RedisThrottlerStorage } from '../rate-limit/redis-throttler.storage.js';
import { GlueRelationshipRegistry } from '../relationship/glue-relationship.registry.js';
import { RouteTable } from '../routing/route-table.js';
import { GLUE_APPLICATION_OPTIONS, type GlueApplicationOptions } from './glue-application.options.js';

/**
 * Turns a Nest application into a Glue application: the pipeline (`GLUE_PIPELINE`, or the
 * application's own list in `pipeline`), the application's conventions,
 * authentication servers (provided by modules in `imports`) and store resolver, and its API
 * description (`/docs`, `/docs/openapi.json`) and health (`/health/live`, `/health/ready`, over
 * the readiness checks of its `health` module). Import it once in the application's root module,
 * next to the resource modules the application serves.
 */
@Module({})
export class GlueApplicationModule implements NestModule {
  static forRoot(options: GlueApplicationOptions): DynamicModule {
    const servers = options.authenticationServers ?? [];
    const publicUrl = options.links?.publicUrl;
    const normalised: GlueApplicationOptions =
      options.links && publicUrl
        ? { ...options, links: { ...options.links, publicUrl: normalisePublicUrl(publicUrl) } }
        : options;
    const limits = resolveRequestLimits(options.limits);
    const providers: Provider[] = [
      { provide: GLUE_APPLICATION_OPTIONS, useValue: normalised },
      ...options.conventions,
      {
        provide: GLUE_CONVENTIONS,
        useFactory: (...conventions: GlueConvention[]) => conventions,
        inject: [...options.conventions],
      },
      {
        provide: GlueConventionRegistry,
        useFactory: (conventions: GlueConvention[]) => new GlueConventionRegistry(conventions),
        inject: [GLUE_CONVENTIONS],
      },
      {
        provide: GLUE_AUTHENTICATION_SERVERS,
        // A server provided as `null` is one the configuration leaves out (no external issuer set).
        useFactory: (...all: unknown[]) => all.filter((server) => server !== null),
        inject: [...servers],
      },
      ...(options.storeResolver
        ? [{ provide: GLUE_STORE_RESOLVER, useExisting: options.storeResolver }]
        : []),
      {
        provide: GLUE_RATE_LIMIT_STORAGE,
        useFactory: (): ThrottlerStorage | Promise<ThrottlerStorage> =>
          options.redisUrl
            ? RedisThrottlerStorage.connect(options.redisUrl, options.rateLimit?.scope ?? options.name)
            : new ThrottlerStorageService(),
      },
      { provide: GLUE_REQUEST_LIMITS, useValue: limits },
      {
        provide: GLUE_INCLUDE_ADMISSION,
        useValue: new AdmissionQueue(limits.maxConcurrentIncludes, limits.maxQueuedIncludes),
      },
      { provide: GlueDomainErrorRegistry, useValue: new GlueDomainErrorRegistry(options.domainErrors) },
      RouteTable,
      GlueRelationshipRegistry,
      OpenApiDocumentBuilder,
      ...gluePipelineProviders(options.pipeline ?? GLUE_PIPELINE),
    ];
    return {
      module: GlueApplicationModule,
      imports: [DiscoveryModule, options.health ?? GlueHealthModule.forRoot(), ...(options.imports ?? [])],
      controllers: [OpenApiController, HealthController],
      providers,
      exports: [
        GlueConventionRegistry,
        GlueRelationshipRegistry,
        GLUE_APPLICATION_OPTIONS,
        OpenApiDocumentBuilder,
      ],
    };
  }

  constructor(@Inject(GLUE_PIPELINE_STEPS) private readonly pipeline: readonly GluePipelineStep[]) {}

  /** The pipeline's middleware steps, in the list's order as one Nest middleware, for every path (routed or not). */
  configure(consumer: MiddlewareConsumer): void {
    if (stepsThatRun(this.pipeline, 'middleware').length === 0) return;
    consumer.apply(GlueMiddlewareSteps).forRoutes({ path: '{*path}', method: RequestMethod.ALL });
  }
}
