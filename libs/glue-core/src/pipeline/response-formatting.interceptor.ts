import {
  HttpStatus,
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants.js';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { map, type Observable } from 'rxjs';
import { getRequestContext, type GlueRequestContext } from '../context/request-context.js';
import { formatMediaType } from '../convention/media-type.js';
import { GlueHttpReply } from '../http/glue-http-reply.js';
import { isGlueResourceObject, type GlueResult } from '../resource/glue-resource-object.js';
import { GLUE_RESOURCE_METADATA } from '../resource/glue-resource.decorator.js';

/**
 * Step 8: response formatting. The negotiated convention turns what the resource returned into the
 * response document; the status follows the route (201 with `Location` for a creation, 204 for
 * nothing to send), and `Content-Type` and `Content-Language` are set.
 */
@Injectable()
export class ResponseFormattingInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(execution: ExecutionContext, next: CallHandler<GlueResult>): Observable<unknown> {
    if (!this.reflector.get(GLUE_RESOURCE_METADATA, execution.getClass())) return next.handle();
    const request = execution.switchToHttp().getRequest<Request>();
    const declared = this.reflector.get<HttpStatus | undefined>(HTTP_CODE_METADATA, execution.getHandler());
    const status = declared ?? (request.method === 'POST' ? HttpStatus.CREATED : HttpStatus.OK);
    return next.handle().pipe(map((result) => format(result, status, getRequestContext(request))));
  }
}

function format(result: GlueResult, status: HttpStatus, context: GlueRequestContext): GlueHttpReply {
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
