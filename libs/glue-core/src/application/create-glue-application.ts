import { NestFactory, type IEntryNestModule } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { LogLevel, INestApplication } from '@nestjs/common';
import { accessLog } from '../http/access-log.js';
import { GlueExpressAdapter } from '../http/glue-express.adapter.js';
import { GLUE_REQUEST_LIMITS, type GlueRequestLimits } from '../limits/request-limits.js';
import { GLUE_PIPELINE_STEPS, type GluePipelineStep } from '../pipeline/pipeline-step.js';
import { GLUE_APPLICATION_OPTIONS, type GlueApplicationOptions } from './glue-application.options.js';

export interface CreateGlueApplicationOptions {
  readonly logLevels?: LogLevel[];
  /** Trust `X-Forwarded-*` from this many proxies (for `https` links and HSTS behind a load balancer). */
  readonly trustProxy?: number;
  /** One line per request (`http/access-log.ts`); off unless asked for (tests stay quiet). */
  readonly accessLog?: boolean;
  /**
   * Route patterns the access log leaves out besides glue-core's `/health/*`: the application's
   * own probe endpoints (the storefront's `/health-check`).
   */
  readonly unloggedRoutes?: readonly string[];
}

/** Creates a Nest application for a module that imports `GlueApplicationModule`. */
export async function createGlueApplication(
  module: IEntryNestModule,
  options: CreateGlueApplicationOptions = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(module, new GlueExpressAdapter(), {
    bodyParser: false,
    logger: options.logLevels ?? ['log', 'warn', 'error'],
  });
  return configureGlueApplication(app, options);
}

/**
 * What every Glue application needs from Express, for applications created another way (e.g. a
 * testing module's `createNestApplication(new GlueExpressAdapter(), { bodyParser: false })`): the
 * pipeline's `express` steps (the request and body bounds, before every Nest middleware), in the
 * order of the application's pipeline list, with the limits of its `GlueApplicationModule.forRoot({ limits })`
 * and its Glue compatibility setting.
 */
export function configureGlueApplication<T extends INestApplication>(
  app: T,
  options: CreateGlueApplicationOptions = {},
): T {
  const express = app as unknown as NestExpressApplication;
  const limits = app.get<symbol, GlueRequestLimits>(GLUE_REQUEST_LIMITS, { strict: false });
  express.disable('x-powered-by');
  express.set('query parser', 'simple');
  express.set('etag', false);
  if (options.trustProxy !== undefined) express.set('trust proxy', options.trustProxy);
  if (options.accessLog === true) express.use(accessLog({ unloggedRoutes: options.unloggedRoutes }));
  const pipeline = app.get<symbol, readonly GluePipelineStep[]>(GLUE_PIPELINE_STEPS, { strict: false });
  const { glueCompatibility = false } = app.get<symbol, GlueApplicationOptions>(GLUE_APPLICATION_OPTIONS, {
    strict: false,
  });
  for (const step of pipeline) {
    if (step.runs === 'express') express.use(step.use(limits, { glueCompatibility }));
  }
  return app;
}
