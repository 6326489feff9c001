import { HttpStatus } from '@nestjs/common';
import type { GlueRequestContext } from '../context/request-context.js';
import { formatMediaType } from '../convention/media-type.js';
import { GlueHttpReply } from '../http/glue-http-reply.js';
import { isGlueResourceObject, type GlueResult } from '../resource/glue-resource-object.js';

/**
 * Step 8: response formatting. The negotiated convention turns what the resource returned into the
 * response document; the status is the route's (Nest's default or `@HttpCode()`: 201 with
 * `Location` for a creation, 204 for nothing to send), and `Content-Type` and `Content-Language`
 * are set. `GlueExpressAdapter` calls it when Nest hands it a Glue resource's result, so no
 * interceptor wraps the handler for it (ADR 0003).
 */
export function formatGlueResult(
  result: GlueResult,
  status: HttpStatus,
  context: GlueRequestContext,
): GlueHttpReply {
  const glueRequest = context.glueRequest;
  const response = context.response;
  if (
    result === null ||
    result === undefined ||
    status === HttpStatus.NO_CONTENT ||
    !glueRequest ||
    !response
  ) {
    return GlueHttpReply.empty(HttpStatus.NO_CONTENT);
  }
  const formatted = response.convention.formatResult(result, glueRequest);
  const headers: Record<string, string> = { ...formatted.headers };
  if (context.locale) headers['Content-Language'] = context.locale;
  if (status === HttpStatus.CREATED && isGlueResourceObject(result) && result.selfPath) {
    headers['Location'] = `${glueRequest.origin}${result.selfPath}`;
  }
  const parameters: Record<string, string> = context.version ? { version: context.version } : {};
  return GlueHttpReply.json(
    status,
    formatMediaType(response.convention.mediaType, parameters),
    formatted.body,
    headers,
  );
}
