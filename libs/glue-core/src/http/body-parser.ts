import express, { type RequestHandler } from 'express';

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
        const status = readStatus(error);
        request.body = undefined;
        (request as { glueBodyError?: unknown }).glueBodyError = {
          status,
          message:
            status === 413
              ? 'The request body is too large.'
              : parse === parseJson
                ? 'The request body is not valid JSON.'
                : 'The request body is not a valid form.',
        };
      }
      next();
    });
  };
}

/** The error the body parser kept for this request, if any. */
export function readBodyError(request: express.Request): { status: number; message: string } | null {
  return (request as { glueBodyError?: { status: number; message: string } }).glueBodyError ?? null;
}

function readStatus(error: unknown): number {
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : 400;
}
