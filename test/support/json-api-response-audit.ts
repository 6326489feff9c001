import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { OpenApiDocumentBuilder } from '#glue-core';
import { jsonApiDocumentErrors } from './json-api-schema.js';
import { OpenApiResponseValidator, type OpenApiCheck } from './openapi-response-schema.js';

const JSON_API = 'application/vnd.api+json';

/** Every response a test application sent that broke a check, since the last assertion. */
const violations: string[] = [];

const validators = new WeakMap<INestApplication, OpenApiResponseValidator>();

/**
 * The checker of responses against the application's own OpenAPI document (`/docs/openapi.json`),
 * built on first use (the document exists once the application has bootstrapped), one per application.
 */
export function openApiValidator(app: INestApplication): OpenApiResponseValidator {
  let validator = validators.get(app);
  if (!validator) {
    validator = new OpenApiResponseValidator(app.get(OpenApiDocumentBuilder, { strict: false }).build());
    validators.set(app, validator);
  }
  return validator;
}

/**
 * Makes a test application check every response body it sends, so that no e2e test can forget to:
 * - a JSON:API body must be valid JSON:API (the official schema);
 * - every JSON body of a documented route, and every JSON:API body, must be what the application's
 *   own OpenAPI document (`/docs/openapi.json`) says its operation answers with that status.
 * `assertNoJsonApiViolations()` runs after each test (an `afterEach` in e2e-setup.ts, the e2e
 * project's setup file).
 */
export function auditJsonApiResponses(app: INestApplication): void {
  app.use((request: Request, response: Response, next: NextFunction) => {
    const end = response.end.bind(response) as (...args: unknown[]) => Response;
    response.end = ((...args: unknown[]) => {
      const [chunk] = args;
      const contentType = String(response.getHeader('content-type') ?? '');
      const text = typeof chunk === 'string' || Buffer.isBuffer(chunk) ? chunk.toString() : null;
      const isJsonApi = contentType.startsWith(JSON_API);
      if (
        text !== null &&
        text !== '' &&
        (isJsonApi || /^application\/([\w.+-]+\+)?json\b/.test(contentType))
      ) {
        const body = JSON.parse(text) as unknown;
        const where = `${request.method} ${request.originalUrl}`;
        if (isJsonApi) {
          const errors = jsonApiDocumentErrors(withDeclaredNullIds(app, body));
          if (errors.length > 0) {
            violations.push(
              `${where}: not valid JSON:API: ${errors.map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join('; ')}`,
            );
          }
        }
        let check: OpenApiCheck | null;
        try {
          check = openApiValidator(app).check({
            method: request.method,
            path: request.path,
            status: response.statusCode,
            contentType,
            body,
          });
        } catch (error) {
          // A document Ajv cannot compile is a finding too, and must not break the response.
          check = { operation: 'the OpenAPI document', problems: [`cannot be checked: ${String(error)}`] };
        }
        if (check === null && isJsonApi) {
          violations.push(`${where}: no operation of the OpenAPI document answers this JSON:API response`);
        } else if (check && check.problems.length > 0) {
          violations.push(
            `${where}: not what OpenAPI operation ${check.operation} says:\n    ${check.problems.join('\n    ')}`,
          );
        }
      }
      return end(...args);
    }) as Response['end'];
    next();
  });
}

/**
 * JSON:API 1.1 requires an `id` on every resource object of a response (only a resource the client
 * creates may lack one, §7.2). Glue sends `id: null` for its tokens, and Glue compatibility mode
 * does too, for the types an application declares transient: its OpenAPI document then lets their
 * `id` be null. Such a primary resource is checked against the JSON:API schema with a placeholder
 * id, so everything else about it still is; strict mode, and every other type, keep the rule. A
 * strict client still reads such a document: it reads `attributes` the same, and a token pair is
 * never looked up again by its id.
 */
function withDeclaredNullIds(app: INestApplication, body: unknown): unknown {
  if (typeof body !== 'object' || body === null) return body;
  const data = (body as { data?: unknown }).data;
  if (typeof data !== 'object' || data === null) return body;
  // Glue's search resources are a collection of one transient resource.
  if (Array.isArray(data))
    return { ...body, data: data.map((item: unknown) => withPlaceholderId(app, item)) };
  return { ...body, data: withPlaceholderId(app, data) };
}

function withPlaceholderId(app: INestApplication, resource: unknown): unknown {
  if (typeof resource !== 'object' || resource === null) return resource;
  const { type, id } = resource as { type?: unknown; id?: unknown };
  if (id !== null || typeof type !== 'string' || !declaresNullId(app, type)) return resource;
  return { ...resource, id: 'null-id-declared-by-the-openapi-document' };
}

function declaresNullId(app: INestApplication, type: string): boolean {
  const schemas = app.get(OpenApiDocumentBuilder, { strict: false }).build().components?.schemas ?? {};
  const resource = schemas[`json-api.${type}`] as { properties?: { id?: { type?: unknown } } } | undefined;
  const idType = resource?.properties?.id?.type;
  return Array.isArray(idType) && idType.includes('null');
}

export function assertNoJsonApiViolations(): void {
  const found = violations.splice(0);
  if (found.length > 0) {
    throw new Error(
      `Responses that break the JSON:API schema or their OpenAPI operation:\n${found.join('\n')}`,
    );
  }
}
