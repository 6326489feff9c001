import express, { type RequestHandler } from 'express';
import { GlueErrorCode, type GlueError } from '../errors/glue-error.js';
import { DEFAULT_REQUEST_LIMITS, type GlueRequestLimits } from '../limits/request-limits.js';
import { BodyRefusal, checkParsedJson, verifyFormBody, verifyJsonBody } from '../request/body-bounds.js';
import { keepRequestError, readRequestError } from './request-bounds.js';

const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;
const FORM_MEDIA_TYPE = /^application\/x-www-form-urlencoded\s*(?:;|$)/i;

/**
 * Parses JSON bodies of every JSON media type (`application/json`, `application/vnd.api+json`, …),
 * and form bodies (OAuth token requests; only a convention that reads forms will accept them), of
 * at most `maxBodyBytes`. The body bounds (request/body-bounds.ts) check the raw bytes first.
 * A malformed or oversized body does not end the request here: the error is kept for the
 * request-parsing step, which reports it in the negotiated convention's error format; what the
 * body bounds refuse is kept for the `store` step. A request the request bounds already refused is not read.
 */
export function glueBodyParser(limits: GlueRequestLimits = DEFAULT_REQUEST_LIMITS): RequestHandler {
  const parseJson = express.json({
    limit: limits.maxBodyBytes,
    strict: false,
    type: (request) => JSON_MEDIA_TYPE.test(String(request.headers['content-type'] ?? '')),
    verify: verifyJsonBody(limits),
  });
  const parseForm = express.urlencoded({
    limit: limits.maxBodyBytes,
    extended: false,
    type: (request) => FORM_MEDIA_TYPE.test(String(request.headers['content-type'] ?? '')),
    verify: verifyFormBody(),
  });
  return (request, response, next) => {
    if (readRequestError(request)) return next();
    const parse = FORM_MEDIA_TYPE.test(String(request.headers['content-type'] ?? '')) ? parseForm : parseJson;
    parse(request, response, (error?: unknown) => {
      if (error) {
        request.body = undefined;
        if (error instanceof BodyRefusal) {
          keepRequestError(request, error.error);
        } else {
          (request as { glueBodyError?: GlueError }).glueBodyError = toBodyError(
            readStatus(error),
            parse === parseJson ? 'JSON' : 'form',
            limits.maxBodyBytes,
          );
        }
      } else if (parse === parseJson) {
        const refusal = checkParsedJson(request, request.body);
        if (refusal) {
          request.body = undefined;
          keepRequestError(request, refusal);
        }
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
function toBodyError(status: number, format: 'JSON' | 'form', maxBodyBytes: number): GlueError {
  if (status === 413) {
    return {
      status,
      code: GlueErrorCode.PayloadTooLarge,
      title: 'Payload too large',
      detail: `The request body is too large; the body size limit is ${maxBodyBytes} bytes.`,
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
