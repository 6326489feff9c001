/**
 * Explicit checks of one response, for the tests that want the failure on the line that made the
 * request (every response of a kit-started application is also audited after each test, see
 * ../json-api-response-audit.ts).
 */
import { AssertionError } from 'node:assert';
import type { Response } from 'supertest';
import type { RunningApplication } from '../applications.js';
import { openApiValidator } from '../json-api-response-audit.js';
import { jsonApiDocumentErrors } from '../json-api-schema.js';

const JSON_API = 'application/vnd.api+json';

function where(response: Response): string {
  return `${response.request.method} ${new URL(response.request.url).pathname} → ${response.status}`;
}

function contentType(response: Response): string {
  return String(response.headers['content-type'] ?? '');
}

/** The body as the client received it: parsed from the text, whatever supertest made of it. */
function bodyOf(response: Response): unknown {
  return response.text ? (JSON.parse(response.text) as unknown) : undefined;
}

/**
 * Asserts that `response` is a JSON:API response: `Content-Type: application/vnd.api+json` and a body
 * that is a valid JSON:API document (the official schema), or `204 No Content` without a body.
 */
export function assertJsonApi(response: Response): void {
  if (response.status === 204 && !response.text) return;
  if (!contentType(response).startsWith(JSON_API)) {
    throw new AssertionError({
      message: `${where(response)}: Content-Type is "${contentType(response)}", not ${JSON_API}`,
    });
  }
  const errors = jsonApiDocumentErrors(bodyOf(response));
  if (errors.length > 0) {
    throw new AssertionError({
      message: `${where(response)}: not a valid JSON:API document:\n  ${errors
        .map((error) => `${error.instancePath || '/'} ${error.message ?? error.keyword}`)
        .join('\n  ')}`,
    });
  }
}

/**
 * Asserts that `response` is what the OpenAPI document of `application` (the one its `/docs/openapi.json`
 * serves) says the operation answers with that status and media type. A response no operation documents
 * fails too: an undocumented route is a finding.
 */
export function assertOpenApi(application: RunningApplication, response: Response): void {
  const check = openApiValidator(application.app).check({
    method: response.request.method,
    path: new URL(response.request.url).pathname,
    status: response.status,
    contentType: contentType(response),
    body: bodyOf(response),
  });
  if (check === null) {
    throw new AssertionError({
      message: `${where(response)}: no operation of the application's OpenAPI document describes this response`,
    });
  }
  if (check.problems.length > 0) {
    throw new AssertionError({
      message: `${where(response)}: not what OpenAPI operation ${check.operation} says:\n  ${check.problems.join('\n  ')}`,
    });
  }
}
