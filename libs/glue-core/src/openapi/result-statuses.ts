import type { GlueRoute } from '../routing/route-table.js';
import { GLUE_RESULT_STATUSES_METADATA } from './api-description.decorators.js';
import type { OpenApiMediaType, OpenApiResponse } from './openapi-document.js';

/**
 * Adds the statuses a route answers with its result document besides its own (`@ResultStatuses`,
 * a handler returning `withStatus()`). Where the pipeline may answer the same status with an
 * error (503 anywhere), the response allows either body.
 */
export function addResultStatuses(
  route: GlueRoute,
  success: OpenApiResponse,
  responses: Record<string, OpenApiResponse>,
): void {
  const statuses =
    (Reflect.getMetadata(GLUE_RESULT_STATUSES_METADATA, route.handler) as number[] | undefined) ?? [];
  for (const status of statuses) {
    const error = responses[String(status)];
    responses[String(status)] = error ? resultOrError(success, error) : success;
  }
}

function resultOrError(result: OpenApiResponse, error: OpenApiResponse): OpenApiResponse {
  const content: Record<string, OpenApiMediaType> = { ...error.content };
  for (const [mediaType, media] of Object.entries(result.content ?? {})) {
    const other = content[mediaType]?.schema;
    content[mediaType] = other ? { schema: { anyOf: [media.schema, other] } } : media;
  }
  return {
    description: `${result.description} Or: ${error.description}`,
    ...((result.headers ?? error.headers) && { headers: { ...error.headers, ...result.headers } }),
    content,
  };
}
