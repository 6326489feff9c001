import {
  Catch,
  HttpException,
  Inject,
  Logger,
  type ArgumentsHost,
  type ExceptionFilter,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import {
  GLUE_APPLICATION_OPTIONS,
  type GlueApplicationOptions,
} from '../application/glue-application.options.js';
import { findRequestContext } from '../context/request-context.js';
import type { GlueConvention } from '../convention/glue-convention.js';
import { GlueConventionRegistry } from '../convention/glue-convention.registry.js';
import { GlueDomainErrorRegistry } from '../errors/domain-error.registry.js';
import { GlueErrorCode, type GlueError } from '../errors/glue-error.js';
import { formatBearerChallenge, GlueHttpException } from '../errors/glue-http.exception.js';
import { unavailableService, type UnavailableService } from '../errors/service-unavailable.js';
import { loggablePath } from '../http/access-log.js';
import { sendReply } from '../http/glue-express.adapter.js';
import { GlueHttpReply } from '../http/glue-http-reply.js';
import { NO_STORE } from '../http/cache-control.js';
import { DEFAULT_LINK_OPTIONS, encodeRequestTarget, linkBaseUrl } from '../http/links.js';
import { RouteTable } from '../routing/route-table.js';

/** What a client is told to wait before retrying a request that met an unreachable service. */
export const SERVICE_UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/** One warning per service per this many milliseconds: an outage must not flood the log. */
const OUTAGE_WARNING_INTERVAL_MS = 30_000;

/**
 * Step `error`: error formatting, the last of the list. Whatever any step throws (or hands to
 * `next(error)`, as the routing step does for a miss) leaves as the negotiated convention's error
 * document (or, when nothing was negotiated yet, the one the client accepts among the conventions
 * of the route at that path). A domain error is answered as the application's
 * `GlueDomainErrorRegistry` says. An error that says a service the request needs is unreachable
 * (PostgreSQL, Redis: `unavailableService`) is 503 with `Retry-After`. Anything else unexpected is
 * a generic 500 that names the request id; its details go to the log only.
 */
@Catch()
export class ErrorFormattingFilter implements ExceptionFilter {
  private readonly logger = new Logger('Glue');
  private readonly lastOutageWarning = new Map<string, number>();

  constructor(
    private readonly registry: GlueConventionRegistry,
    private readonly routes: RouteTable,
    private readonly domainErrors: GlueDomainErrorRegistry,
    @Inject(GLUE_APPLICATION_OPTIONS) private readonly options: GlueApplicationOptions,
  ) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) return;
    const error = this.toGlueException(exception, request);
    this.send(request, response, error);
  }

  private toGlueException(exception: unknown, request: Request): GlueHttpException {
    if (exception instanceof GlueHttpException) return exception;
    const domainError = this.domainErrors.toGlueException(exception);
    if (domainError) return domainError;
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const message =
        typeof response === 'object' && response !== null && 'message' in response
          ? response.message
          : response;
      return GlueHttpException.of({
        status,
        code: String(status),
        title: exception.name.replace(/Exception$/, '').replace(/([a-z])([A-Z])/g, '$1 $2'),
        detail: Array.isArray(message) ? message.join(' ') : String(message),
      });
    }
    const requestId = findRequestContext(request)?.requestId ?? 'unknown';
    const unavailable = unavailableService(exception);
    if (unavailable) return this.serviceUnavailable(unavailable, request, requestId);
    this.logger.error(
      `Unhandled error in ${request.method} ${loggablePath(request)} (request ${requestId})`,
      exception instanceof Error ? exception.stack : String(exception),
    );
    return GlueHttpException.of({
      status: 500,
      code: GlueErrorCode.Internal,
      title: 'Internal server error',
      detail: `Something went wrong on our side. Quote request id ${requestId} when you report it.`,
    });
  }

  /**
   * The drivers reconnect by themselves, so the same request may succeed once the service is back:
   * the client is told when to retry, the operator gets one warning per service and interval.
   */
  private serviceUnavailable(
    unavailable: UnavailableService,
    request: Request,
    requestId: string,
  ): GlueHttpException {
    const now = Date.now();
    const last = this.lastOutageWarning.get(unavailable.service) ?? 0;
    if (now - last >= OUTAGE_WARNING_INTERVAL_MS) {
      this.lastOutageWarning.set(unavailable.service, now);
      this.logger.warn(
        `${unavailable.service} is unreachable (${unavailable.reason}): answering 503 ` +
          `(first: ${request.method} ${loggablePath(request)}, request ${requestId}; next warning in at most ` +
          `${OUTAGE_WARNING_INTERVAL_MS / 1000} s)`,
      );
    }
    return GlueHttpException.of(
      {
        status: 503,
        code: GlueErrorCode.ServiceUnavailable,
        title: 'Service unavailable',
        detail: `A service this request needs is temporarily unavailable. Try again in ${SERVICE_UNAVAILABLE_RETRY_AFTER_SECONDS} seconds.`,
      },
      { 'Retry-After': String(SERVICE_UNAVAILABLE_RETRY_AFTER_SECONDS) },
    );
  }

  private send(request: Request, response: Response, exception: GlueHttpException): void {
    const context = findRequestContext(request);
    const convention = context?.response?.convention ?? this.negotiate(request);
    const bodyConvention = context?.body?.convention ?? convention;
    const errors = exception.errors.map((error) => withPointer(error, bodyConvention));
    // An error is never stored by a cache, whatever the route declared for its successes.
    const headers: Record<string, string> = { 'Cache-Control': NO_STORE, ...exception.headers };
    if (exception.challenge) {
      headers['WWW-Authenticate'] = formatBearerChallenge(this.options.name, exception.challenge);
    }
    if (context?.locale) headers['Content-Language'] = context.locale;
    // The request's own URL on the application's base (never its Host), percent-encoded as a URI.
    const baseUrl = context?.baseUrl ?? linkBaseUrl(request, this.options.links ?? DEFAULT_LINK_OPTIONS);
    const self = `${baseUrl}${encodeRequestTarget(request.originalUrl)}`;
    const body = convention.formatErrors(errors, self, context?.glueRequest ?? null);
    sendReply(response, GlueHttpReply.json(exception.status, convention.mediaType, body, headers));
  }

  /**
   * For errors raised before content negotiation (bounds, hydrate, store, routing miss): what the client accepts among
   * the conventions of the resource at this path (all of the application's when no resource is
   * there), else that resource's first convention, else the application's default.
   */
  private negotiate(request: Request): GlueConvention {
    const resource = this.routes.routeFor(request.method, request.path)?.resource;
    const candidates = resource
      ? this.registry.select(resource.conventions, `Resource "${resource.type}"`)
      : this.registry.all;
    const accept = request.header('accept');
    const negotiated = accept ? this.registry.negotiateAccept(accept, candidates) : null;
    return negotiated?.convention ?? candidates[0] ?? this.registry.default;
  }
}

function withPointer(error: GlueError, convention: GlueConvention): GlueError {
  if (error.source?.attribute === undefined) return error;
  const { attribute, ...source } = error.source;
  return { ...error, source: { ...source, pointer: convention.attributePointer(attribute) } };
}
