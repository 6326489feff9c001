import { ExpressAdapter } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import { findRequestContext } from '../context/request-context.js';
import { formatGlueResult } from '../pipeline/response-formatting.js';
import type { GlueHandlerResult } from '../resource/glue-resource-object.js';
import { GlueHttpReply } from './glue-http-reply.js';

/**
 * Nest's Express adapter, plus: the result of a Glue resource is formatted by its negotiated
 * convention (step 8), and a `GlueHttpReply` is written exactly as the pipeline built it.
 */
export class GlueExpressAdapter extends ExpressAdapter {
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
  return response;
}
