import express, { type RequestHandler } from 'express';
import { GlueErrorCode, type GlueError } from '../errors/glue-error.js';
import { DEFAULT_REQUEST_LIMITS, type GlueRequestLimits } from '../limits/request-limits.js';
import { BodyRefusal, checkParsedJson, verifyFormBody, verifyJsonBody } from '../request/body-bounds.js';
import type { GlueExpressStepSettings } from './pipeline-step.js';
import { keepRequestError, readRequestError } from './request-bounds.js';

const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;
const FORM_MEDIA_TYPE = /^application\/x-www-form-urlencoded\s*(?:;|$)/i;
/** Glue compatibility mode: Glue clients label JSON documents `text/plain;charset=UTF-8`. */
const TEXT_MEDIA_TYPE = /^text\/plain\s*(?:;|$)/i;
/** The first byte of a form body that is a JSON object (after JSON's whitespace). */
const JSON_OBJECT_START = /^[\t\n\r ]*\{/;

/**
 * A form-labelled body that is a JSON object: Glue's `/token` reads one, so clients send it. Thrown
 * by the form's `verify` hook, which has the raw bytes, so that they are parsed as JSON instead.
 */
class JsonLabelledAsForm extends Error {
  constructor(readonly text: string) {
    super('A JSON object labelled application/x-www-form-urlencoded.');
  }
}

/**
 * Parses JSON bodies of every JSON media type (`application/json`, `application/vnd.api+json`, …;
 * in Glue compatibility mode `text/plain` too), and form bodies (OAuth token requests; only a
 * convention that reads forms will accept them), of at most `maxBodyBytes`; a form-labelled body
 * that is a JSON object is read as JSON, as Glue's `/token` reads it. The body bounds
 * (request/body-bounds.ts) check the raw bytes first.
 * A malformed or oversized body does not end the request here: the error is kept for the
 * request-parsing step, which reports it in the negotiated convention's error format; what the
 * body bounds refuse is kept for the `store` step. A request the request bounds already refused is not read.
 */
export function glueBodyParser(
  limits: GlueRequestLimits = DEFAULT_REQUEST_LIMITS,
  settings: GlueExpressStepSettings = { glueCompatibility: false },
): RequestHandler {
  const isJson = (contentType: string): boolean =>
    JSON_MEDIA_TYPE.test(contentType) || (settings.glueCompatibility && TEXT_MEDIA_TYPE.test(contentType));
  const verifyJson = verifyJsonBody(limits);
  const verifyForm = verifyFormBody();
  const parseJson = express.json({
    limit: limits.maxBodyBytes,
    strict: false,
    type: (request) => isJson(String(request.headers['content-type'] ?? '')),
    verify: verifyJson,
  });
  const parseForm = express.urlencoded({
    limit: limits.maxBodyBytes,
    extended: false,
    type: (request) => FORM_MEDIA_TYPE.test(String(request.headers['content-type'] ?? '')),
    verify: (incoming, response, bytes) => {
      // body-parser hands `verify` the Express request it parses.
      const request = incoming as express.Request;
      if (!JSON_OBJECT_START.test(bytes.subarray(0, 64).toString('latin1'))) {
        verifyForm(request, response, bytes);
        return;
      }
      verifyJson(request, response, bytes);
      throw new JsonLabelledAsForm(bytes.toString('utf8'));
    },
  });
  return (request, response, next) => {
    if (readRequestError(request)) return next();
    const parse = FORM_MEDIA_TYPE.test(String(request.headers['content-type'] ?? '')) ? parseForm : parseJson;
    parse(request, response, (error?: unknown) => {
      if (error instanceof JsonLabelledAsForm) {
        readJsonLabelledAsForm(request, error.text);
      } else if (error) {
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

/** A form-labelled JSON object, parsed and checked as the JSON parser would. */
function readJsonLabelledAsForm(request: express.Request, text: string): void {
  try {
    request.body = JSON.parse(text) as unknown;
  } catch {
    request.body = undefined;
    (request as { glueBodyError?: GlueError }).glueBodyError = toBodyError(400, 'JSON', 0);
    return;
  }
  const refusal = checkParsedJson(request, request.body);
  if (refusal) {
    request.body = undefined;
    keepRequestError(request, refusal);
  }
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
