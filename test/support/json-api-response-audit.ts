import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { jsonApiDocumentErrors } from './json-api-schema.js';

const JSON_API = 'application/vnd.api+json';

/** Every JSON:API body a test application sent that is not valid JSON:API, since the last check. */
const violations: string[] = [];

/**
 * Makes a test application check every JSON:API response body it sends against the official schema,
 * so that no e2e test can forget to: `assertNoJsonApiViolations()` runs after each test (an
 * `afterEach` in e2e-setup.ts, the e2e project's setup file).
 */
export function auditJsonApiResponses(app: INestApplication): void {
  app.use((request: Request, response: Response, next: NextFunction) => {
    const end = response.end.bind(response) as (...args: unknown[]) => Response;
    response.end = ((...args: unknown[]) => {
      const [chunk] = args;
      const contentType = String(response.getHeader('content-type') ?? '');
      if (contentType.startsWith(JSON_API) && (typeof chunk === 'string' || Buffer.isBuffer(chunk))) {
        const errors = jsonApiDocumentErrors(JSON.parse(chunk.toString()) as unknown);
        if (errors.length > 0) {
          violations.push(
            `${request.method} ${request.originalUrl}: ${errors.map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join('; ')}`,
          );
        }
      }
      return end(...args);
    }) as Response['end'];
    next();
  });
}

export function assertNoJsonApiViolations(): void {
  const found = violations.splice(0);
  if (found.length > 0) throw new Error(`Responses that are not valid JSON:API:\n${found.join('\n')}`);
}
