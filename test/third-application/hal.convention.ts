import { Injectable } from '@nestjs/common';
import {
  GlueHttpException,
  attributeJsonPointer,
  isGlueCollection,
  type GlueConvention,
  type GlueError,
  type GlueFormattedResponse,
  type GlueRequest,
  type GlueRequestBody,
  type GlueResourceObject,
  type GlueResult,
} from '#glue-core';

/**
 * A convention glue-core does not ship: HAL (`application/hal+json`). It proves that a project can
 * add a convention by implementing `GlueConvention` and listing it in its application.
 */
@Injectable()
export class HalConvention implements GlueConvention {
  readonly name = 'hal';
  readonly mediaType = 'application/hal+json';

  acceptsParameters(parameters: Readonly<Record<string, string>>): boolean {
    return Object.keys(parameters).length === 0;
  }

  readBody(body: unknown): GlueRequestBody {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw GlueHttpException.badRequest('A HAL body is a JSON object.', { pointer: '' });
    }
    const { _links: _ignored, ...attributes } = body as Record<string, unknown>;
    return { attributes, id: null };
  }

  attributePointer(attributePath: string): string {
    return attributeJsonPointer(attributePath);
  }

  formatResult(result: NonNullable<GlueResult>, request: GlueRequest): GlueFormattedResponse {
    if (!isGlueCollection(result)) return { body: toHal(result, request) };
    return {
      body: {
        _links: { self: { href: `${request.baseUrl}${request.path}` } },
        _embedded: { [result.resources[0]?.type ?? 'items']: result.resources.map((r) => toHal(r, request)) },
        total: result.total,
      },
    };
  }

  formatErrors(errors: readonly GlueError[]): unknown {
    return {
      _embedded: {
        errors: errors.map((e) => ({ message: e.detail ?? e.title, code: e.code, status: e.status })),
      },
    };
  }
}

function toHal(resource: GlueResourceObject, request: GlueRequest): Record<string, unknown> {
  const path = resource.selfPath ?? `/${resource.type}/${resource.id}`;
  return { _links: { self: { href: `${request.baseUrl}${path}` } }, id: resource.id, ...resource.attributes };
}
