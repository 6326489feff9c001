import { HttpStatus, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import type { GlueRequest } from '../context/glue-request.js';
import { findRequestContext, type GlueRequestContext } from '../context/request-context.js';
import type { NegotiatedFormat } from '../convention/glue-convention.js';
import { formatMediaType } from '../convention/media-type.js';
import { decideCacheControl, NO_STORE } from '../http/cache-control.js';
import { entityTag, ifNoneMatchMatches } from '../http/entity-tag.js';
import type { GlueResultStep } from '../http/glue-express.adapter.js';
import { GlueHttpReply } from '../http/glue-http-reply.js';
import { loadIncludes, type GlueIncludes } from '../relationship/include.loader.js';
import {
  isGlueCollection,
  isGlueResourceObject,
  unwrapStatus,
  type GlueHandlerResult,
  type GlueResult,
} from '../resource/glue-resource-object.js';

/**
 * Step `format`: response formatting. Loads what `include` asked for (one batch per relationship,
 * whatever the depth: `loadIncludes`), then the negotiated convention turns what the resource
 * returned into the response document; the status is the route's (Nest's default or `@HttpCode()`: 201 with `Location` for a
 * creation, 204 for nothing to send), and `Content-Type` and `Content-Language` are set. The
 * pipeline hands it to `GlueExpressAdapter`, which calls it where Nest hands over the handler's
 * result, so no interceptor wraps the handler for it (ADR 0003). It is synchronous unless there is
 * something to include; a route that is no Glue resource (`/docs`, `/health/*`) is left to Nest.
 *
 * It decides `Cache-Control`, in this one place: `public, max-age=N` for a 200 to an anonymous GET
 * of a route declaring `@PublicCache()`, `no-store` for everything else. Single resources and
 * public responses get an `ETag`, and `If-None-Match` gives 304.
 */
@Injectable()
export class ResponseFormattingStep implements GlueResultStep {
  reply(
    result: unknown,
    routeStatus: number,
    request: Request,
  ): GlueHttpReply | Promise<GlueHttpReply> | null {
    const context = findRequestContext(request);
    if (!context?.glueRequest) return null;
    return formatGlueResult(result as GlueHandlerResult, routeStatus, context);
  }
}

/** `ResponseFormattingStep` for a request that reached a Glue resource's handler. */
function formatGlueResult(
  handlerResult: GlueHandlerResult,
  routeStatus: HttpStatus,
  context: GlueRequestContext,
): GlueHttpReply | Promise<GlueHttpReply> {
  // A handler may choose the status of its result (`withStatus()`); otherwise it is the route's.
  const unwrapped = unwrapStatus(handlerResult, routeStatus);
  const result = unwrapped.result;
  const status = unwrapped.status as HttpStatus;
  const glueRequest = context.glueRequest;
  const response = context.response;
  if (
    result === null ||
    result === undefined ||
    status === HttpStatus.NO_CONTENT ||
    !glueRequest ||
    !response
  ) {
    return GlueHttpReply.empty(HttpStatus.NO_CONTENT, { 'Cache-Control': NO_STORE });
  }
  const primary = isGlueCollection(result) ? result.resources : [result];
  const plan = context.includePlan;
  if (!plan || primary.length === 0) {
    return buildReply(result, status, context, glueRequest, response);
  }
  return loadIncludes(plan, primary, glueRequest, context.limits).then((includes) =>
    buildReply(result, status, context, glueRequest, response, includes),
  );
}

function buildReply(
  result: NonNullable<GlueResult>,
  status: HttpStatus,
  context: GlueRequestContext,
  glueRequest: GlueRequest,
  response: NegotiatedFormat,
  includes?: GlueIncludes,
): GlueHttpReply {
  const formatted = response.convention.formatResult(result, glueRequest, includes);
  const cacheControl = decideCacheControl(
    context.publicCacheControl,
    glueRequest.method,
    status,
    context.identity !== null || glueRequest.meta['authorization'] !== undefined,
  );
  const headers: Record<string, string> = { ...formatted.headers, 'Cache-Control': cacheControl };
  if (context.locale) headers['Content-Language'] = context.locale;
  if (status === HttpStatus.CREATED && isGlueResourceObject(result) && result.selfPath) {
    headers['Location'] = `${glueRequest.baseUrl}${result.selfPath}`;
  }
  const parameters: Record<string, string> = context.version ? { version: context.version } : {};
  const reply = GlueHttpReply.json(
    status,
    formatMediaType(response.convention.mediaType, parameters),
    formatted.body,
    headers,
  );
  return isGlueResourceObject(result) || cacheControl !== NO_STORE
    ? withEntityTag(reply, glueRequest)
    : reply;
}

/**
 * A single resource read, and a public response (a collection too), carries an `ETag`; when the
 * client's `If-None-Match` already names it, the answer is 304 without a body (the other headers,
 * `Cache-Control` included, stay; `Vary` is on the response since `hydrate`).
 */
function withEntityTag(reply: GlueHttpReply, request: GlueRequest): GlueHttpReply {
  if (
    reply.status !== 200 ||
    reply.body === null ||
    (request.method !== 'GET' && request.method !== 'HEAD')
  ) {
    return reply;
  }
  const tag = entityTag(reply.body);
  if (ifNoneMatchMatches(request.meta['if-none-match'], tag)) {
    const { 'Content-Type': _contentType, ...headers } = reply.headers;
    return GlueHttpReply.empty(304, { ...headers, ETag: tag });
  }
  return new GlueHttpReply(reply.status, { ...reply.headers, ETag: tag }, reply.body);
}
