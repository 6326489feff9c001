import type { CanActivate, ExceptionFilter, NestMiddleware, PipeTransform, Type } from '@nestjs/common';
import type { RequestHandler } from 'express';
import type { GlueResultStep, GlueRoutingMissStep } from '../http/glue-express.adapter.js';
import type { GlueRequestLimits } from '../limits/request-limits.js';

/**
 * One step of the request pipeline (`GLUE_PIPELINE` in glue-pipeline.ts lists them in order), and
 * where it runs. The list decides the order; `runs` decides which Express or Nest mechanism runs
 * the step, and steps of one kind run in the order of the list:
 *
 * - `express`: plain Express middleware mounted by `configureGlueApplication` before any Nest
 *   middleware (the request and body bounds), made from the application's limits and settings;
 * - `middleware`: Nest middleware (an `@Injectable()` class) for every path, so requests no route
 *   matches get it too; the middleware steps run in one Nest middleware (`GlueMiddlewareSteps`), so
 *   each calls `next()` before its `use` returns or its promise settles;
 * - `routing-miss`: answers a request no route matched, where Nest would throw its 404;
 * - `guard`: a global guard (`APP_GUARD`), after a route matched;
 * - `parameters`: the pipe `@GlueAttributes()` parameters go through;
 * - `result`: turns the handler's result into the reply, where Nest hands it to the adapter;
 * - `filter`: the exception filter (`APP_FILTER`) every error of every step ends in.
 *
 * No kind is an interceptor or a global pipe: those cost measurable CPU on every request (ADR 0003).
 */
export type GluePipelineStep =
  | {
      readonly name: string;
      readonly runs: 'express';
      readonly use: (limits: GlueRequestLimits, settings: GlueExpressStepSettings) => RequestHandler;
    }
  | { readonly name: string; readonly runs: 'middleware'; readonly use: Type<NestMiddleware> }
  | { readonly name: string; readonly runs: 'routing-miss'; readonly use: Type<GlueRoutingMissStep> }
  | { readonly name: string; readonly runs: 'guard'; readonly use: Type<CanActivate> }
  | { readonly name: string; readonly runs: 'parameters'; readonly use: Type<PipeTransform> }
  | { readonly name: string; readonly runs: 'result'; readonly use: Type<GlueResultStep> }
  | { readonly name: string; readonly runs: 'filter'; readonly use: Type<ExceptionFilter> };

/** What an `express` step knows of its application besides the limits. */
export interface GlueExpressStepSettings {
  /** Glue compatibility mode (`GlueApplicationOptions.glueCompatibility`). */
  readonly glueCompatibility: boolean;
}

/** The application's pipeline (its `GlueApplicationOptions.pipeline`, else `GLUE_PIPELINE`). */
export const GLUE_PIPELINE_STEPS = Symbol('GLUE_PIPELINE_STEPS');

/** The application's `parameters` step: the pipe `@GlueAttributes()` hands attributes to. */
export const GLUE_PARAMETERS_STEP = Symbol('GLUE_PARAMETERS_STEP');
