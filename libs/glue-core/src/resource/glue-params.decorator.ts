import {
  createParamDecorator,
  Injectable,
  type ArgumentMetadata,
  type ExecutionContext,
  type PipeTransform,
} from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Request } from 'express';
import type { GlueRequest } from '../context/glue-request.js';
import { getRequestContext } from '../context/request-context.js';
import { GlueErrorCode } from '../errors/glue-error.js';
import { GlueHttpException } from '../errors/glue-http.exception.js';
import { GLUE_PARAMETERS_STEP } from '../pipeline/pipeline-step.js';

/** Injects the typed `GlueRequest` of the current request. */
export const Glue = createParamDecorator((_data: unknown, execution: ExecutionContext): GlueRequest => {
  const glueRequest = getRequestContext(execution.switchToHttp().getRequest<Request>()).glueRequest;
  if (!glueRequest) throw new Error('@Glue() is only available on routes of a @GlueResource controller.');
  return glueRequest;
});

const glueAttributes = createParamDecorator(
  (_data: unknown, execution: ExecutionContext): Readonly<Record<string, unknown>> => {
    const glueRequest = getRequestContext(execution.switchToHttp().getRequest<Request>()).glueRequest;
    if (!glueRequest?.attributes) {
      throw GlueHttpException.badRequest(
        'This request needs a request document.',
        { pointer: '' },
        GlueErrorCode.MalformedDocument,
      );
    }
    return glueRequest.attributes;
  },
);

/** Index of a handler's `@GlueAttributes()` parameter (its class describes the request body). */
export const GLUE_ATTRIBUTES_PARAMETER_METADATA = 'glue:attributes-parameter';

/**
 * Hands `@GlueAttributes()` parameters to the application's `parameters` step (its pipeline list;
 * `GlueValidationPipe` unless replaced there), found once, on the first request.
 */
@Injectable()
export class GlueAttributesPipe implements PipeTransform {
  private step: PipeTransform | undefined;

  constructor(private readonly moduleRef: ModuleRef) {}

  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    this.step ??= this.moduleRef.get<symbol, PipeTransform>(GLUE_PARAMETERS_STEP, { strict: false });
    return this.step.transform(value, metadata);
  }
}

/**
 * Injects the request document's attributes, validated against the parameter's class (step
 * `validate`: class-validator, unknown attributes refused, 422 with one error per attribute). A
 * request without a body gets 400.
 */
export const GlueAttributes =
  (): ParameterDecorator =>
  (target, propertyKey, index): void => {
    glueAttributes(undefined, GlueAttributesPipe)(target, propertyKey, index);
    if (propertyKey !== undefined) {
      Reflect.defineMetadata(GLUE_ATTRIBUTES_PARAMETER_METADATA, index, target, propertyKey);
    }
  };
