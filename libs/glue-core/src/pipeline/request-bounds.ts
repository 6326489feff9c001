import type { Request, RequestHandler } from 'express';
import type { GlueError } from '../errors/glue-error.js';
import { limitExceeded, type GlueRequestLimits } from '../limits/request-limits.js';
import { unstorableEncodedReason, unstorableText } from '../request/unstorable-text.js';

/**
 * Step `bounds`, request bounds: the checks that need nothing but the request line, run first so that a
 * request over a limit costs no body read, no store lookup and no token check. It reads the URL
 * as sent, once: the path and every query parameter (name and value) must decode to text
 * PostgreSQL can store (400, code `4006`); the query string, each parameter, `include` (depth and
 * paths) and `page[limit]` must stay within the application's limits (400, code `4005`).
 *
 * Plain Express middleware, mounted by `configureGlueApplication` before the body parser: what it
 * refuses is kept on the request and answered by the `store` step once the response has its id and
 * headers, in the error format of the convention the client accepts (nothing is negotiated yet).
 */
export function glueRequestBounds(limits: GlueRequestLimits): RequestHandler {
  return (request, _response, next) => {
    const error = checkRequestTarget(request.url, limits);
    if (error) keepRequestError(request, error);
    next();
  };
}

const REQUEST_ERROR = Symbol('glue.request-error');

type WithRequestError = Request & { [REQUEST_ERROR]?: GlueError };

/** Keeps what `bounds` or `body` refused (the first refusal wins), for the `store` step to answer. */
export function keepRequestError(request: Request, error: GlueError): void {
  (request as WithRequestError)[REQUEST_ERROR] ??= error;
}

/** What `bounds` or `body` refused in this request, if anything. */
export function readRequestError(request: Request): GlueError | null {
  return (request as WithRequestError)[REQUEST_ERROR] ?? null;
}

/** The first bound `url` (a request target: path and query, percent-encoded) breaks, or `null`. */
export function checkRequestTarget(url: string, limits: GlueRequestLimits): GlueError | null {
  const queryStart = url.indexOf('?');
  const path = queryStart === -1 ? url : url.slice(0, queryStart);
  const pathError = checkPath(path);
  if (pathError || queryStart === -1) return pathError;
  const query = url.slice(queryStart + 1);
  if (query.length > limits.maxQueryLength) {
    return limitExceeded(limits, 'maxQueryLength', `The query string is ${query.length} characters long`);
  }
  for (let start = 0; start < query.length;) {
    const ampersand = query.indexOf('&', start);
    const end = ampersand === -1 ? query.length : ampersand;
    const error = end > start ? checkParameter(query.slice(start, end), limits) : null;
    if (error) return error;
    start = end + 1;
  }
  return null;
}

function checkPath(path: string): GlueError | null {
  if (unstorableEncodedReason(path) === null) return null;
  for (const segment of path.split('/')) {
    const reason = unstorableEncodedReason(segment);
    if (reason) return unstorableText(`The path segment "${shorten(segment)}"`, reason);
  }
  return null;
}

function checkParameter(pair: string, limits: GlueRequestLimits): GlueError | null {
  const equals = pair.indexOf('=');
  const rawName = equals === -1 ? pair : pair.slice(0, equals);
  const rawValue = equals === -1 ? '' : pair.slice(equals + 1);
  const nameReason = unstorableEncodedReason(rawName);
  if (nameReason) {
    return unstorableText('A query parameter name', nameReason, { parameter: shorten(rawName) });
  }
  const name = decodeQueryComponent(rawName);
  const parameter = shorten(name);
  const valueReason = unstorableEncodedReason(rawValue);
  if (valueReason) return unstorableText(`The value of ${parameter}`, valueReason, { parameter });
  // The specific limits first: "include is 300 levels deep" says more than "include is long".
  if (name === 'include') {
    const error = checkInclude(decodeQueryComponent(rawValue), limits);
    if (error) return error;
  } else if (name === 'page[limit]') {
    const error = checkPageLimit(decodeQueryComponent(rawValue), limits);
    if (error) return error;
  }
  if (rawName.length > limits.maxParameterLength) {
    return limitExceeded(
      limits,
      'maxParameterLength',
      `The name of query parameter ${parameter} is ${rawName.length} characters long`,
      { parameter },
    );
  }
  if (rawValue.length > limits.maxParameterLength) {
    return limitExceeded(
      limits,
      'maxParameterLength',
      `The value of ${parameter} is ${rawValue.length} characters long`,
      { parameter },
    );
  }
  return null;
}

function checkInclude(value: string, limits: GlueRequestLimits): GlueError | null {
  const paths = value.split(',');
  if (paths.length > limits.maxIncludePaths) {
    return limitExceeded(limits, 'maxIncludePaths', `include names ${paths.length} paths`, {
      parameter: 'include',
    });
  }
  for (const path of paths) {
    const depth = path.split('.').length;
    if (depth > limits.maxIncludeDepth) {
      return limitExceeded(
        limits,
        'maxIncludeDepth',
        `The include path "${shorten(path)}" is ${depth} levels deep`,
        { parameter: 'include' },
      );
    }
  }
  return null;
}

function checkPageLimit(value: string, limits: GlueRequestLimits): GlueError | null {
  // Anything but a whole number is the collection's to refuse (`parse`), with its own range.
  if (!/^\d+$/.test(value) || Number(value) <= limits.maxPageLimit) return null;
  return limitExceeded(limits, 'maxPageLimit', `page[limit] is ${value}`, { parameter: 'page[limit]' });
}

/** A query name or value as Express's query parser reads it; called only after the check above. */
function decodeQueryComponent(raw: string): string {
  const spaced = raw.includes('+') ? raw.replace(/\+/g, ' ') : raw;
  return spaced.includes('%') ? decodeURIComponent(spaced) : spaced;
}

/** Client text quoted in an error: never more than 100 characters of it. */
function shorten(text: string): string {
  return text.length > 100 ? `${text.slice(0, 100)}…` : text;
}
