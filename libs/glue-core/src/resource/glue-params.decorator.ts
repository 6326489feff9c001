import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { GlueRequest } from '../context/glue-request.js';
import { getRequestContext } from '../context/request-context.js';
import { GlueErrorCode } from '../errors/glue-error.js';
import { GlueHttpException } from '../errors/glue-http.exception.js';
import { GlueValidationPipe } from '../pipeline/validation.pipe.js';

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
 * Injects the request document's attributes, validated against the parameter's class (step 6:
 * class-validator, unknown attributes refused, 422 with one error per attribute). A request
 * without a body gets 400.
 */
export const GlueAttributes =
  (): ParameterDecorator =>
  (target, propertyKey, index): void => {
    glueAttributes(undefined, GlueValidationPipe)(target, propertyKey, index);
    if (propertyKey !== undefined) {
      Reflect.defineMetadata(GLUE_ATTRIBUTES_PARAMETER_METADATA, index, target, propertyKey);
    }
  };
