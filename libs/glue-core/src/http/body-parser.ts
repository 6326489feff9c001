import express, { type RequestHandler } from 'express';
import { GlueErrorCode, type GlueError } from '../errors/glue-error.js';

const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;
const FORM_MEDIA_TYPE = /^application\/x-www-form-urlencoded\s*(?:;|$)/i;

/**
 * Parses JSON bodies of every JSON media type (`application/json`, `application/vnd.api+json`, …),
 * and form bodies (OAuth token requests; only a convention that reads forms will accept them).
 * A malformed or oversized body does not end the request here: the error is kept for the
 * request-parsing step, which reports it in the negotiated convention's error format.
 */
export function glueBodyParser(limit = '1mb'): RequestHandler {
  const parseJson = express.json({
    limit,
    strict: false,
    type: (request) => JSON_MEDIA_TYPE.test(String(request.headers['content-type'] ?? '')),
  });
  const parseForm = express.urlencoded({
    limit,
    extended: false,
    type: (request) => FORM_MEDIA_TYPE.test(String(request.headers['content-type'] ?? '')),
  });
  return (request, response, next) => {
    const parse = FORM_MEDIA_TYPE.test(String(request.headers['content-type'] ?? '')) ? parseForm : parseJson;
    parse(request, response, (error?: unknown) => {
      if (error) {
        request.body = undefined;
        (request as { glueBodyError?: GlueError }).glueBodyError = toBodyError(
          readStatus(error),
          parse === parseJson ? 'JSON' : 'form',
        );
      }
      next();
    });
  };
}

/** The error the body parser kept for this request, if any. */
export function readBodyError(request: express.Request): GlueError | null {
  return (request as { glueBodyError?: GlueError }).glueBodyError ?? null;
}

/** body-parser's refusal as the error the request-parsing step reports. */
function toBodyError(status: number, format: 'JSON' | 'form'): GlueError {
  if (status === 413) {
    return {
      status,
      code: GlueErrorCode.PayloadTooLarge,
      title: 'Payload too large',
      detail: 'The request body is too large.',
      source: { pointer: '' },
    };
  }
  if (status === 415) {
    return {
      status,
      code: GlueErrorCode.UnsupportedMediaType,
      title: 'Unsupported media type',
      detail: 'The request body uses a charset or content encoding that is not supported; send UTF-8.',
      source: { header: 'Content-Type' },
    };
  }
  return {
    status: 400,
    code: GlueErrorCode.MalformedDocument,
    title: 'Malformed request body',
    detail: `The request body is not valid ${format}.`,
    source: { pointer: '' },
  };
}

function readStatus(error: unknown): number {
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' ? status : 400;
}
