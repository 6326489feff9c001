import { Injectable } from '@nestjs/common';
import type { GlueError } from '../errors/glue-error.js';
import { GlueErrorCode } from '../errors/glue-error.js';
import { GlueHttpException } from '../errors/glue-http.exception.js';
import {
  isGlueCollection,
  type GlueResourceObject,
  type GlueResult,
} from '../resource/glue-resource-object.js';
import type {
  GlueBodyDescription,
  GlueRequestBodyDescription,
  GlueRequestBodySchema,
  GlueResourceDescription,
  GlueResultDescription,
  GlueSchemaComponents,
  JsonSchema,
} from '../openapi/api-description.js';
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
  /** Glue compatibility mode: a plain JSON body labelled `text/plain` is read too. */
  readonly glueRequestMediaTypes = ['text/plain'];

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

  describeResult(result: GlueResultDescription, components: GlueSchemaComponents): GlueBodyDescription {
    const resource = components.ref(`none.${result.resource.type}`, () => plainSchema(result.resource));
    if (!result.collection) return { schema: resource };
    return {
      schema: { type: 'array', items: resource },
      headers: {
        'X-Total-Count': {
          description: 'Plain JSON collections: the number of resources in the whole collection.',
          schema: { type: 'integer', minimum: 0 },
        },
      },
    };
  }

  describeRequestBody(body: GlueRequestBodyDescription): GlueRequestBodySchema {
    return { schema: body.attributes };
  }

  describeErrors(components: GlueSchemaComponents): JsonSchema {
    return components.ref('none.errors', () => ({
      type: 'object',
      required: ['errors'],
      properties: {
        errors: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            required: ['status', 'code', 'detail'],
            properties: {
              status: { type: 'integer', minimum: 100, maximum: 599 },
              code: { type: 'string' },
              detail: { type: 'string' },
              source: {
                type: 'object',
                properties: {
                  pointer: { type: 'string' },
                  parameter: { type: 'string' },
                  header: { type: 'string' },
                },
                additionalProperties: false,
              },
            },
            additionalProperties: false,
          },
        },
      },
      additionalProperties: false,
    }));
  }
}

/** A resource as plain JSON: its attributes, all of them, and its `id`. */
function plainSchema(resource: GlueResourceDescription): JsonSchema {
  const attributes = resource.attributes ?? {};
  const properties = (attributes['properties'] as Record<string, JsonSchema> | undefined) ?? {};
  const required = (attributes['required'] as readonly string[] | undefined) ?? [];
  return {
    ...attributes,
    type: 'object',
    required: ['id', ...required.filter((name) => name !== 'id')],
    properties: { id: { type: 'string' }, ...properties },
  };
}

function toPlain(resource: GlueResourceObject): Record<string, unknown> {
  return { id: resource.id, ...resource.attributes };
}
