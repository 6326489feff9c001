import { RequestMethod } from '@nestjs/common';
import { ExpressAdapter } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import { findRequestContext } from '../context/request-context.js';
import { formatGlueResult } from '../pipeline/response-formatting.js';
import type { GlueHandlerResult } from '../resource/glue-resource-object.js';
import { GlueHttpReply } from './glue-http-reply.js';

type MountMiddleware = ReturnType<ExpressAdapter['createMiddlewareFactory']>;

/** The path `GlueApplicationModule` applies step 1 to: every request. */
const EVERY_PATH = '/{*path}';

/**
 * Nest's Express adapter, plus: the result of a Glue resource is formatted by its negotiated
 * convention (step 8), a `GlueHttpReply` is written exactly as the pipeline built it, and
 * middleware for every path is mounted without a path pattern.
 */
export class GlueExpressAdapter extends ExpressAdapter {
  /**
   * Express percent-decodes the parameters of the pattern a middleware is mounted on, and answers
   * a path it cannot decode (`/x/%C0`) with its own 400 before the middleware runs. Middleware
   * for every path is mounted with a plain `use()` instead, so step 1 runs for every request and
   * answers text the path cannot hold itself (400, code `4006`), with a request id.
   */
  override createMiddlewareFactory(method: RequestMethod): MountMiddleware {
    const mount = super.createMiddlewareFactory(method);
    return (path, callback) => {
      if (method !== RequestMethod.ALL || path !== EVERY_PATH) return mount(path, callback) as unknown;
      this.getInstance<{ use(handler: unknown): unknown }>().use(callback);
      return undefined;
    };
  }

  override reply(response: unknown, body: unknown, statusCode?: number): unknown {
    const res = response as Response;
    if (body instanceof GlueHttpReply) return sendReply(res, body);
    const context = findRequestContext(res.req as Request);
    if (context?.glueRequest) {
      const reply = formatGlueResult(body as GlueHandlerResult, statusCode ?? res.statusCode, context);
      // Nest awaits what reply() returns and hands a rejection to the exception filters (step 9).
      return reply instanceof GlueHttpReply
        ? sendReply(res, reply)
        : reply.then((formatted) => sendReply(res, formatted));
    }
    return super.reply(response, body, statusCode);
  }
}

export function sendReply(response: Response, reply: GlueHttpReply): Response {
  response.status(reply.status);
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
