import { Injectable, type OnModuleInit, type Provider } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, HttpAdapterHost, ModuleRef } from '@nestjs/core';
import {
  GlueExpressAdapter,
  type GlueResultStep,
  type GlueRoutingMissStep,
} from '../http/glue-express.adapter.js';
import { AuthenticationGuard } from './authentication.guard.js';
import { AuthorizationGuard } from './authorization.guard.js';
import { glueBodyParser } from './body-parser.js';
import { ContentNegotiationGuard } from './content-negotiation.guard.js';
import { CorsMiddleware } from './cors.middleware.js';
import { ErrorFormattingFilter } from './error-formatting.filter.js';
import { GlueMiddlewareSteps } from './middleware-steps.js';
import { GLUE_PARAMETERS_STEP, GLUE_PIPELINE_STEPS, type GluePipelineStep } from './pipeline-step.js';
import { RateLimitGuard } from './rate-limit.guard.js';
import { glueRequestBounds } from './request-bounds.js';
import { RequestContextMiddleware } from './request-context.middleware.js';
import { RequestParsingGuard } from './request-parsing.guard.js';
import { ResponseFormattingStep } from './response-formatting.js';
import { RoutingMissStep } from './routing-miss.js';
import { StoreLocaleMiddleware } from './store-locale.middleware.js';
import { GlueValidationPipe } from './validation.pipe.js';

/**
 * The request pipeline, top to bottom in the order a request meets the steps; each step is one
 * file in this folder (docs/architecture.md, docs/request-lifecycle.md). An application takes it
 * as it is or passes its own list (`GlueApplicationOptions.pipeline`), made with
 * `replacePipelineStep` and `insertPipelineStep`; nothing else registers a step.
 */
export const GLUE_PIPELINE: readonly GluePipelineStep[] = [
  // Before Nest: the request line, then the body, within the application's limits.
  { name: 'bounds', runs: 'express', use: glueRequestBounds },
  { name: 'body', runs: 'express', use: glueBodyParser },
  // Every request, routed or not.
  { name: 'hydrate', runs: 'middleware', use: RequestContextMiddleware },
  { name: 'cors', runs: 'middleware', use: CorsMiddleware },
  { name: 'store', runs: 'middleware', use: StoreLocaleMiddleware },
  // Nest's router matches here: a miss is answered by `route` (404, 405), a match goes on.
  { name: 'route', runs: 'routing-miss', use: RoutingMissStep },
  { name: 'negotiate', runs: 'guard', use: ContentNegotiationGuard },
  { name: 'rate-limit', runs: 'guard', use: RateLimitGuard },
  { name: 'authenticate', runs: 'guard', use: AuthenticationGuard },
  { name: 'authorize', runs: 'guard', use: AuthorizationGuard },
  { name: 'parse', runs: 'guard', use: RequestParsingGuard },
  { name: 'validate', runs: 'parameters', use: GlueValidationPipe },
  // The resource's handler runs here, with the validated attributes.
  { name: 'format', runs: 'result', use: ResponseFormattingStep },
  { name: 'error', runs: 'filter', use: ErrorFormattingFilter },
];

/** `pipeline` with the step named `name` replaced by `step` (same place, same kind of step). */
export function replacePipelineStep(
  pipeline: readonly GluePipelineStep[],
  name: string,
  step: GluePipelineStep,
): GluePipelineStep[] {
  const index = indexOfStep(pipeline, name);
  const replaced = pipeline[index];
  if (replaced?.runs !== step.runs) {
    throw new Error(
      `Step "${name}" runs as ${replaced?.runs}; its replacement "${step.name}" as ${step.runs}.`,
    );
  }
  return pipeline.map((current, at) => (at === index ? step : current));
}

/** `pipeline` with `step` added right before or after the step of that name. */
export function insertPipelineStep(
  pipeline: readonly GluePipelineStep[],
  where: { readonly before: string } | { readonly after: string },
  step: GluePipelineStep,
): GluePipelineStep[] {
  const index =
    'before' in where ? indexOfStep(pipeline, where.before) : indexOfStep(pipeline, where.after) + 1;
  return [...pipeline.slice(0, index), step, ...pipeline.slice(index)];
}

function indexOfStep(pipeline: readonly GluePipelineStep[], name: string): number {
  const index = pipeline.findIndex((step) => step.name === name);
  if (index === -1) {
    throw new Error(`The pipeline has no step "${name}": ${pipeline.map((step) => step.name).join(', ')}.`);
  }
  return index;
}

/** The steps of one kind, in the order of the list. */
export function stepsThatRun<Runs extends GluePipelineStep['runs']>(
  pipeline: readonly GluePipelineStep[],
  runs: Runs,
): Extract<GluePipelineStep, { runs: Runs }>[] {
  return pipeline.filter((step): step is Extract<GluePipelineStep, { runs: Runs }> => step.runs === runs);
}

/** A step Nest instantiates (every kind but `express`). */
type ClassStep = Exclude<GluePipelineStep, { runs: 'express' }>;

const GLUE_RESULT_STEP = Symbol('GLUE_RESULT_STEP');
const GLUE_ROUTING_MISS_STEP = Symbol('GLUE_ROUTING_MISS_STEP');

/**
 * The Nest providers of a pipeline, for `GlueApplicationModule`: guards (`APP_GUARD`) and the filter
 * (`APP_FILTER`) registered in the list's order, the middleware classes (applied in that order by
 * `GlueApplicationModule.configure`), the `parameters` step, and the installer that hands the
 * `result` and `routing-miss` steps to the adapter. `express` steps are mounted by
 * `configureGlueApplication`, which reads the list too.
 */
export function gluePipelineProviders(pipeline: readonly GluePipelineStep[]): Provider[] {
  const single = (runs: ClassStep['runs']): ClassStep['use'] => {
    const steps = pipeline.filter((step): step is ClassStep => step.runs === runs);
    const [step, ...more] = steps;
    if (!step || more.length > 0) {
      throw new Error(`A Glue pipeline has exactly one "${runs}" step; this one has ${steps.length}.`);
    }
    return step.use;
  };
  return [
    { provide: GLUE_PIPELINE_STEPS, useValue: pipeline },
    ...stepsThatRun(pipeline, 'middleware').map((step) => step.use),
    GlueMiddlewareSteps,
    { provide: GLUE_PARAMETERS_STEP, useClass: single('parameters') },
    { provide: GLUE_RESULT_STEP, useClass: single('result') },
    { provide: GLUE_ROUTING_MISS_STEP, useClass: single('routing-miss') },
    ...stepsThatRun(pipeline, 'guard').map((step) => ({ provide: APP_GUARD, useClass: step.use })),
    { provide: APP_FILTER, useClass: single('filter') },
    GluePipelineInstaller,
  ];
}

/**
 * Hands the `result` and `routing-miss` steps to `GlueExpressAdapter` while the application
 * initialises (before Nest registers its 404 handler), so the adapter imports no step and never
 * calls back up the list. An application created without the adapter stops here, loudly.
 */
@Injectable()
class GluePipelineInstaller implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly moduleRef: ModuleRef,
  ) {}

  onModuleInit(): void {
    const adapter = this.adapterHost.httpAdapter;
    if (!(adapter instanceof GlueExpressAdapter)) {
      throw new Error(
        'A Glue application runs on GlueExpressAdapter: create it with createGlueApplication(), or pass new GlueExpressAdapter() to createNestApplication().',
      );
    }
    adapter.usePipelineSteps({
      result: this.moduleRef.get<symbol, GlueResultStep>(GLUE_RESULT_STEP),
      routingMiss: this.moduleRef.get<symbol, GlueRoutingMissStep>(GLUE_ROUTING_MISS_STEP),
    });
  }
}
