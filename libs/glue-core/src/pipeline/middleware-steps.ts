import { Inject, Injectable, type NestMiddleware, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { NextFunction, Request, Response } from 'express';
import { GLUE_PIPELINE_STEPS, type GluePipelineStep } from './pipeline-step.js';

/**
 * The pipeline's `middleware` steps (hydrate, cors, store), run one after the other in the list's
 * order as ONE Nest middleware. Each Nest middleware is an Express layer of its own, matched against
 * the path and wrapped on every request; one layer for all of them keeps the pipeline's cost where it
 * was before the steps became separate files (`npm run bench`, scenario `pipeline`).
 *
 * A step goes on by calling `next()` before its `use` returns (or before the promise it returns
 * settles), and stops the request by answering it without calling `next()`. What a step throws, or
 * passes to `next(error)`, reaches the `error` step as Nest middleware errors do.
 */
@Injectable()
export class GlueMiddlewareSteps implements NestMiddleware, OnModuleInit {
  private steps: readonly NestMiddleware[] = [];

  constructor(
    @Inject(GLUE_PIPELINE_STEPS) private readonly pipeline: readonly GluePipelineStep[],
    private readonly moduleRef: ModuleRef,
  ) {}

  onModuleInit(): void {
    this.steps = this.pipeline.flatMap((step) =>
      step.runs === 'middleware' ? [this.moduleRef.get(step.use)] : [],
    );
  }

  async use(request: Request, response: Response, next: NextFunction): Promise<void> {
    for (const step of this.steps) {
      let proceeded = false;
      const done = step.use(request, response, (error?: unknown) => {
        if (error !== undefined)
          throw error instanceof Error ? error : new Error('A middleware step failed.', { cause: error });
        proceeded = true;
      }) as unknown;
      // Only an async step costs a turn of the event loop.
      if (done instanceof Promise) await done;
      if (!proceeded) return;
    }
    next();
  }
}
