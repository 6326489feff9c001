import { Inject, Injectable, Optional, ValidationPipe, type ValidationError } from '@nestjs/common';
import type { ValidationOptions } from 'class-validator';
import {
  GLUE_APPLICATION_OPTIONS,
  type GlueApplicationOptions,
} from '../application/glue-application.options.js';
import { GlueErrorCode, type GlueError } from '../errors/glue-error.js';
import { GlueHttpException } from '../errors/glue-http.exception.js';

/**
 * Step `validate`: validation. Attribute DTOs (class-validator) are validated and transformed; unknown
 * attributes are refused, or in Glue compatibility mode dropped, as Glue drops them: either way only
 * what the DTO declares reaches the handler, so an attribute a caller may not set is never applied.
 * Every failing attribute becomes one 422 error whose source names the attribute path, which the
 * request convention turns into its pointer.
 */
@Injectable()
export class GlueValidationPipe extends ValidationPipe {
  constructor(@Optional() @Inject(GLUE_APPLICATION_OPTIONS) options?: GlueApplicationOptions) {
    super({
      transform: true,
      whitelist: true,
      forbidNonWhitelisted: options?.glueCompatibility !== true,
      forbidUnknownValues: true,
      validateCustomDecorators: true,
      transformOptions: { enableImplicitConversion: false },
      exceptionFactory: (errors) =>
        GlueHttpException.unprocessable(flatten(errors, options?.glueCompatibility === true)),
    });
  }
}

/**
 * Options for a class-validator decorator whose failure Glue answers with a code of its own
 * (`@IsNotEmpty(glueValidationCode('901'))`): in Glue compatibility mode the 422 carries it instead
 * of `422`.
 */
export function glueValidationCode(code: string): ValidationOptions {
  return { context: { glueCode: code } };
}

function flatten(
  errors: readonly ValidationError[],
  glueCompatibility: boolean,
  parent = '',
): Omit<GlueError, 'status' | 'title'>[] {
  return errors.flatMap((error) => {
    const path = parent === '' ? error.property : `${parent}.${error.property}`;
    const own = Object.entries(error.constraints ?? {})
      .slice(0, 1)
      .map(([constraint, message]) => ({
        code: (glueCompatibility ? glueCodeOf(error, constraint) : null) ?? GlueErrorCode.ValidationFailed,
        detail:
          constraint === 'whitelistValidation' ? `Attribute "${path}" is not known.` : capitalise(message),
        source: { attribute: path },
      }));
    return [...own, ...flatten(error.children ?? [], glueCompatibility, path)];
  });
}

function glueCodeOf(error: ValidationError, constraint: string): string | null {
  const code: unknown = (error.contexts?.[constraint] as { glueCode?: unknown } | undefined)?.glueCode;
  return typeof code === 'string' ? code : null;
}

function capitalise(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1) + (message.endsWith('.') ? '' : '.');
}
