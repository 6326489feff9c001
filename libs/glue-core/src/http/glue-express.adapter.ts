import { RequestMethod } from '@nestjs/common';
import { ExpressAdapter } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { findRequestContext } from '../context/request-context.js';
import { GlueHttpReply } from './glue-http-reply.js';

type MountMiddleware = ReturnType<ExpressAdapter['createMiddlewareFactory']>;

/** The path `GlueApplicationModule` applies the pipeline's middleware to: every request. */
const EVERY_PATH = '/{*path}';

/** The pipeline's `result` step, as the adapter calls it with what a route's handler returned. */
export interface GlueResultStep {
  /**
   * The reply for `result` (sent by the adapter; a rejection goes to the error step), or `null` for
   * a route the step leaves to Nest (a plain Nest controller).
   */
  reply(
    result: unknown,
    routeStatus: number,
    request: Request,
  ): GlueHttpReply | Promise<GlueHttpReply> | null;
}

/** The pipeline's `routing-miss` step: a request no route matched, answered or handed to `next(error)`. */
export interface GlueRoutingMissStep {
  handle(request: Request, response: Response, next: NextFunction): void;
}

/** What the pipeline hands the adapter before the application starts (glue-pipeline.ts). */
export interface GlueAdapterSteps {
  readonly result: GlueResultStep;
  readonly routingMiss: GlueRoutingMissStep;
}

/**
 * Nest's Express adapter, plus: a `GlueHttpReply` is written exactly as the pipeline built it,
 * the pipeline's `result` step (handed over by the pipeline, never imported here) turns a handler's
 * result into one, its `routing-miss` step answers what no route matched, and middleware for every
 * path is mounted without a path pattern.
 */
export class GlueExpressAdapter extends ExpressAdapter {
  private steps: GlueAdapterSteps | null = null;

  /** Called once by the pipeline (`GluePipelineInstaller`) while the application initialises. */
  usePipelineSteps(steps: GlueAdapterSteps): void {
    this.steps = steps;
  }

  /**
   * Express percent-decodes the parameters of the pattern a middleware is mounted on, and answers
   * a path it cannot decode (`/x/%C0`) with its own 400 before the middleware runs. Middleware
   * for every path is mounted with a plain `use()` instead, so the pipeline's middleware runs for
   * every request and answers text the path cannot hold itself (400, code `4006`), with a request id.
   */
  override createMiddlewareFactory(method: RequestMethod): MountMiddleware {
    const mount = super.createMiddlewareFactory(method);
    return (path, callback) => {
      if (method !== RequestMethod.ALL || path !== EVERY_PATH) return mount(path, callback) as unknown;
      this.getInstance<{ use(handler: unknown): unknown }>().use(callback);
      return undefined;
    };
  }

  /** Nest's 404 stays behind the routing-miss step, for an application without one. */
  override setNotFoundHandler(...nestHandler: Parameters<ExpressAdapter['setNotFoundHandler']>): unknown {
    const routingMiss = this.steps?.routingMiss;
    if (routingMiss) {
      this.use((req: Request, res: Response, next: NextFunction) => routingMiss.handle(req, res, next));
    }
    return super.setNotFoundHandler(...nestHandler);
  }

  override reply(response: unknown, body: unknown, statusCode?: number): unknown {
    const res = response as Response;
    if (body instanceof GlueHttpReply) return sendReply(res, body);
    const reply = this.steps?.result.reply(body, statusCode ?? res.statusCode, res.req);
    if (!reply) return super.reply(response, body, statusCode);
    // Nest awaits what reply() returns and hands a rejection to the exception filters (the error step).
    return reply instanceof GlueHttpReply
      ? sendReply(res, reply)
      : reply.then((formatted) => sendReply(res, formatted));
  }
}

/**
 * RFC 9110's reason phrases where Node's status table still has the older ones ("Unprocessable
 * Entity", "Payload Too Large"): every Glue reply, errors included, is written by `sendReply`.
 */
const RFC_9110_REASON_PHRASES: Readonly<Partial<Record<number, string>>> = {
  413: 'Content Too Large',
  422: 'Unprocessable Content',
};

export function sendReply(response: Response, reply: GlueHttpReply): Response {
  response.status(reply.status);
  const reasonPhrase = RFC_9110_REASON_PHRASES[reply.status];
  if (reasonPhrase !== undefined) response.statusMessage = reasonPhrase;
  for (const [name, value] of Object.entries(reply.headers)) response.setHeader(name, value);
  if (reply.body === null || reply.status === 204 || reply.status === 304) {
    response.removeHeader('Content-Type');
    response.end();
  } else {
    // A string body lets Node write headers and body in one go; the length is in bytes.
    response.setHeader('Content-Length', Buffer.byteLength(reply.body));
    response.end(reply.body, 'utf8');
  }
  // The reply is built and handed to the socket: the work an include turn bounds is done, whether or
  // not the client reads it (a client that stops reading must not hold a turn until its socket dies).
  findRequestContext(response.req)?.includeTurn?.();
  return response;
}
