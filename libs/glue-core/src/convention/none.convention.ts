import { Injectable } from '@nestjs/common';
import type { GlueError } from '../errors/glue-error.js';
import { GlueErrorCode } from '../errors/glue-error.js';
import { GlueHttpException } from '../errors/glue-http.exception.js';
import {
  isGlueCollection,
  type GlueResourceObject,
  type GlueResult,
} from '../resource/glue-resource-object.js';
import {
  attributeJsonPointer,
  type GlueConvention,
  type GlueFormattedResponse,
  type GlueRequestBody,
} from './glue-convention.js';

export const NONE_CONVENTION_NAME = 'none';

/**
 * No convention: plain JSON. A resource is its attributes plus `id`; a collection is an array;
 * errors are `{ errors: [{ status, code, detail }] }`. Request bodies are the attributes object.
 */
@Injectable()
export class NoneConvention implements GlueConvention {
  readonly name = NONE_CONVENTION_NAME;
  readonly mediaType = 'application/json';

  acceptsParameters(parameters: Readonly<Record<string, string>>): boolean {
    return Object.keys(parameters).every((name) => name === 'charset' || name === 'version');
  }

  readBody(body: unknown): GlueRequestBody {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw GlueHttpException.badRequest(
        'The request body must be a JSON object.',
        { pointer: '' },
        GlueErrorCode.MalformedDocument,
      );
    }
    const { id, ...attributes } = body as Record<string, unknown>;
    return { attributes, id: typeof id === 'string' ? id : null };
  }

  attributePointer(attributePath: string): string {
    return attributeJsonPointer(attributePath);
  }

  formatResult(result: NonNullable<GlueResult>): GlueFormattedResponse {
    if (isGlueCollection(result)) {
      return { body: result.resources.map(toPlain), headers: { 'X-Total-Count': String(result.total) } };
    }
    return { body: toPlain(result) };
  }

  formatErrors(errors: readonly GlueError[]): unknown {
    return {
      errors: errors.map((error) => ({
        status: error.status,
        code: error.code,
        detail: error.detail ?? error.title,
        ...(error.source && { source: error.source }),
      })),
    };
  }
}

function toPlain(resource: GlueResourceObject): Record<string, unknown> {
  return { id: resource.id, ...resource.attributes };
}
