import { ExpressAdapter } from '@nestjs/platform-express';
import type { Response } from 'express';
import { GlueHttpReply } from './glue-http-reply.js';

/** Nest's Express adapter, plus: a `GlueHttpReply` is written exactly as the pipeline built it. */
export class GlueExpressAdapter extends ExpressAdapter {
  override reply(response: unknown, body: unknown, statusCode?: number): unknown {
    if (body instanceof GlueHttpReply) return sendReply(response as Response, body);
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
