import 'reflect-metadata';
import { jest } from '@jest/globals';
import type { NestMiddleware } from '@nestjs/common';
import type { ModuleRef } from '@nestjs/core';
import type { NextFunction, Request, Response } from 'express';
import { GlueMiddlewareSteps } from './middleware-steps.js';
import type { GluePipelineStep } from './pipeline-step.js';

/** Steps by class, as the application module provides them. */
function stepsOf(...uses: ((next: NextFunction) => unknown)[]): GlueMiddlewareSteps {
  const classes = uses.map(
    (use) =>
      class implements NestMiddleware {
        use(_request: Request, _response: Response, next: NextFunction): unknown {
          return use(next);
        }
      },
  );
  const pipeline: GluePipelineStep[] = classes.map((use, index) => ({
    name: `step-${index}`,
    runs: 'middleware',
    use,
  }));
  const moduleRef = { get: (type: new () => NestMiddleware) => new type() } as unknown as ModuleRef;
  const steps = new GlueMiddlewareSteps(pipeline, moduleRef);
  steps.onModuleInit();
  return steps;
}

const request = {} as Request;
const response = {} as Response;

describe('GlueMiddlewareSteps', () => {
  it('runs every step in the list order, sync and async, then goes on', async () => {
    const ran: string[] = [];
    const next = jest.fn();
    const steps = stepsOf(
      (goOn) => {
        ran.push('hydrate');
        goOn();
      },
      async (goOn) => {
        await Promise.resolve();
        ran.push('store');
        goOn();
      },
      (goOn) => {
        ran.push('last');
        goOn();
      },
    );
    await steps.use(request, response, next);
    expect(ran).toEqual(['hydrate', 'store', 'last']);
    expect(next).toHaveBeenCalledTimes(1);
  });

  it('stops at a step that answers the request itself', async () => {
    const next = jest.fn();
    const later = jest.fn();
    const steps = stepsOf(
      () => undefined,
      (goOn) => {
        later();
        goOn();
      },
    );
    await steps.use(request, response, next);
    expect(later).not.toHaveBeenCalled();
    expect(next).not.toHaveBeenCalled();
  });

  it('hands what a step throws, rejects or passes to next(error) to the caller (the error step)', async () => {
    const failure = new Error('refused');
    const next = jest.fn();
    await expect(stepsOf(() => Promise.reject(failure)).use(request, response, next)).rejects.toBe(failure);
    await expect(stepsOf((goOn) => goOn(failure)).use(request, response, next)).rejects.toBe(failure);
    await expect(stepsOf((goOn) => goOn('no error object')).use(request, response, next)).rejects.toThrow(
      'A middleware step failed.',
    );
    expect(next).not.toHaveBeenCalled();
  });
});
