import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import {
  GLUE_APPLICATION_OPTIONS,
  type GlueApplicationOptions,
} from '../application/glue-application.options.js';
import { getRequestContext, type GlueRequestContext } from '../context/request-context.js';
import type { GlueConvention } from '../convention/glue-convention.js';
import { GlueConventionRegistry } from '../convention/glue-convention.registry.js';
import { parseMediaType } from '../convention/media-type.js';
import { GlueErrorCode } from '../errors/glue-error.js';
import { GlueHttpException } from '../errors/glue-http.exception.js';
import { GLUE_RESOURCE_METADATA, type GlueResourceDefinition } from '../resource/glue-resource.decorator.js';

/**
 * Step `negotiate`: content negotiation. Picks the convention that formats the response (`Accept`, or 406)
 * and the one that reads the body (`Content-Type`, or 415), among those the resource serves; in Glue
 * compatibility mode also by the generic labels Glue clients put on their documents.
 */
@Injectable()
export class ContentNegotiationGuard implements CanActivate {
  /** Each resource's conventions, looked up once (an unknown name fails the first request loudly). */
  private readonly conventionsByResource = new WeakMap<GlueResourceDefinition, readonly GlueConvention[]>();

  constructor(
    private readonly reflector: Reflector,
    private readonly registry: GlueConventionRegistry,
    @Inject(GLUE_APPLICATION_OPTIONS) private readonly options: GlueApplicationOptions,
  ) {}

  canActivate(execution: ExecutionContext): boolean {
    const resource = this.reflector.get<GlueResourceDefinition | undefined>(
      GLUE_RESOURCE_METADATA,
      execution.getClass(),
    );
    const request = execution.switchToHttp().getRequest<Request>();
    const context = getRequestContext(request);
    context.routed = true;
    if (!resource) return true;
    const conventions = this.conventionsOf(resource);

    const accept = request.header('accept');
    if (accept === undefined || accept.trim() === '') {
      if ((resource.missingAccept ?? this.options.missingAccept) !== 'first-convention') {
        throw notAcceptable('The request has no Accept header.');
      }
      const first = conventions[0];
      const mediaType = first && parseMediaType(first.mediaType);
      if (first && mediaType) context.response = { convention: first, mediaType };
    } else {
      context.response = this.registry.negotiateAccept(accept, conventions);
      if (!context.response) {
        const extensions = this.registry.unsupportedExtensions(accept, conventions, 'accept');
        throw notAcceptable(
          extensions
            ? unsupportedExtensionsDetail(extensions)
            : `This resource is available as ${conventions.map((c) => c.mediaType).join(', ')}.`,
        );
      }
    }

    if (hasBody(request)) {
      const contentType = request.header('content-type');
      // Glue compatibility mode: a Glue client's JSON:API document labelled `application/json` or
      // `text/plain` is read as JSON:API (contract §9); the body is parsed already (`body`).
      const glue = context.glueCompatibility ? { body: request.body as unknown } : undefined;
      context.body = contentType ? this.registry.negotiateContentType(contentType, conventions, glue) : null;
      if (!context.body) {
        const extensions =
          contentType && this.registry.unsupportedExtensions(contentType, conventions, 'content-type');
        throw GlueHttpException.of({
          status: 415,
          code: GlueErrorCode.UnsupportedMediaType,
          title: 'Unsupported media type',
          detail: extensions
            ? unsupportedExtensionsDetail(extensions)
            : `Send the request body as ${conventions.map((c) => c.mediaType).join(' or ')}.`,
          source: { header: 'Content-Type' },
        });
      }
    }
    context.version = servedVersion(resource, context);
    return true;
  }

  private conventionsOf(resource: GlueResourceDefinition): readonly GlueConvention[] {
    let conventions = this.conventionsByResource.get(resource);
    if (!conventions) {
      conventions = this.registry.select(resource.conventions, `Resource "${resource.type}"`);
      this.conventionsByResource.set(resource, conventions);
    }
    return conventions;
  }
}

/**
 * The version named in the body's Content-Type (or else in Accept), if the resource has it; without
 * one, the resource's current version. Only a version actually served is echoed in the response.
 */
function servedVersion(resource: GlueResourceDefinition, context: GlueRequestContext): string | null {
  const fromBody = context.body !== null;
  const requested = (context.body ?? context.response)?.mediaType.parameters['version'];
  const versions = resource.versions ?? [];
  if (requested === undefined) return versions.at(-1) ?? null;
  if (versions.includes(requested)) return requested;
  const detail =
    versions.length > 0
      ? `Version "${requested}" does not exist. Available: ${versions.join(', ')}.`
      : `This resource has no versions; remove version="${requested}".`;
  if (fromBody) {
    throw GlueHttpException.of({
      status: 415,
      code: GlueErrorCode.UnsupportedMediaType,
      title: 'Unsupported media type',
      detail,
      source: { header: 'Content-Type' },
    });
  }
  throw notAcceptable(detail);
}

/** "application/vnd.api+json: the extension "…" is not supported here (supported: none)." */
function unsupportedExtensionsDetail(found: {
  readonly convention: GlueConvention;
  readonly extensions: readonly string[];
}): string {
  const several = found.extensions.length > 1;
  const named = found.extensions.map((uri) => `"${uri}"`).join(', ');
  const supported = found.convention.extensions ?? [];
  const served = supported.length > 0 ? supported.join(', ') : 'none';
  return `${found.convention.mediaType}: the extension${several ? 's' : ''} ${named} ${several ? 'are' : 'is'} not supported here (supported: ${served}).`;
}

function notAcceptable(detail: string): GlueHttpException {
  return GlueHttpException.of({
    status: 406,
    code: GlueErrorCode.UnsupportedAccept,
    title: 'Not acceptable',
    detail,
    source: { header: 'Accept' },
  });
}

/** RFC 9112: a request has a body when it says so with Content-Length or Transfer-Encoding. */
function hasBody(request: Request): boolean {
  const length = request.headers['content-length'];
  if (request.headers['transfer-encoding'] !== undefined) return true;
  return length !== undefined && length !== '0';
}
