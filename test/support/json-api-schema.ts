/**
 * JSON:API document validation for e2e suites, against the official JSON:API JSON Schema that the
 * `jsonapi-validator` package ships (draft-06), compiled with Ajv 8.
 *
 * Importing this module registers `expect(body).toBeValidJsonApiDocument()`; the e2e Jest project
 * loads it through `setupFilesAfterEnv`, so e2e suites only need to call the matcher.
 */
import { AssertionError } from 'node:assert';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { Ajv } from 'ajv';
import type { AnySchemaObject, ErrorObject } from 'ajv';
import formats from 'ajv-formats';
import { AJV_LOGGER } from './ajv-logger.js';

const require = createRequire(import.meta.url);

function readJson(specifier: string): AnySchemaObject {
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as AnySchemaObject;
}

const PAGINATION_LINKS = ['first', 'last', 'prev', 'next'] as const;

/**
 * The schema's revision in `jsonapi-validator` says a top-level `links` object is both `links`
 * (every member a link, never null) and `pagination`, so `"prev": null` on a first page fails although
 * the specification allows it ("Keys MUST either be omitted or have a null value to indicate that a
 * particular link is unavailable"). Older revisions also lack the null in `pagination` itself.
 * Patched here: pagination links are a link or null, any other member is a link.
 */
export function patchJsonApiSchema(original: AnySchemaObject): AnySchemaObject {
  const schema = structuredClone(original);
  const definitions = schema.definitions as Record<string, AnySchemaObject> | undefined;
  const pagination = definitions?.pagination;
  const success = definitions?.success;
  const successProperties = success?.properties as Record<string, AnySchemaObject> | undefined;
  if (!definitions?.link || !pagination || !successProperties?.links) {
    throw new Error('jsonapi-validator schema changed shape: cannot patch pagination links');
  }
  pagination.properties = Object.fromEntries(
    PAGINATION_LINKS.map((name) => [
      name,
      {
        description: `The ${name} page of data, or null`,
        oneOf: [{ $ref: '#/definitions/link' }, { type: 'null' }],
      },
    ]),
  );
  pagination.additionalProperties = { $ref: '#/definitions/link' };
  successProperties.links = {
    description: 'Link members related to the primary data.',
    $ref: '#/definitions/pagination',
  };
  dropUniqueItems(schema);
  return schema;
}

/**
 * `uniqueItems` compares whole resource objects pairwise (quadratic, seconds for a page of 100 with
 * its included resources) and is weaker than the rule that matters: `type` + `id` once per array.
 * `duplicateResourceErrors` checks that instead, in linear time.
 */
function dropUniqueItems(node: unknown): void {
  if (typeof node !== 'object' || node === null) return;
  if (!Array.isArray(node)) delete (node as Record<string, unknown>)['uniqueItems'];
  for (const child of Object.values(node)) dropUniqueItems(child);
}

/** Resource objects that appear twice (same `type` and `id`) in `data` or in `included`. */
function duplicateResourceErrors(body: unknown): ErrorObject[] {
  if (typeof body !== 'object' || body === null) return [];
  const errors: ErrorObject[] = [];
  for (const member of ['data', 'included'] as const) {
    const items = (body as Record<string, unknown>)[member];
    if (!Array.isArray(items)) continue;
    const seen = new Set<string>();
    items.forEach((item: unknown, index) => {
      const { type, id } = (item ?? {}) as { type?: unknown; id?: unknown };
      if (typeof type !== 'string' || typeof id !== 'string') return;
      const key = `${type}:${id}`;
      if (seen.has(key)) {
        errors.push({
          instancePath: `/${member}/${index}`,
          schemaPath: '#/uniqueResources',
          keyword: 'uniqueResources',
          params: { type, id },
          message: `repeats ${key}: a resource appears once per array`,
        });
      }
      seen.add(key);
    });
  }
  return errors;
}

function createValidator() {
  const ajv = new Ajv({ strict: false, allErrors: true, logger: AJV_LOGGER });
  ajv.addMetaSchema(readJson('ajv/dist/refs/json-schema-draft-06.json'));
  // Every `format` of the schema is checked as RFC 3986 and friends define it: a link whose query
  // keeps `[` or `]` is not a `uri-reference`, so it fails the audit of every e2e suite.
  formats.default(ajv);
  return ajv.compile(patchJsonApiSchema(readJson('jsonapi-validator/lib/schema.json')));
}

const validate = createValidator();

/** The Ajv errors of `body` against the JSON:API schema; empty when the document is valid. */
export function jsonApiDocumentErrors(body: unknown): ErrorObject[] {
  const schemaErrors = validate(body) ? [] : [...(validate.errors ?? [])];
  return [...schemaErrors, ...duplicateResourceErrors(body)];
}

function describeErrors(errors: readonly ErrorObject[], body: unknown): string {
  const lines = errors.map(
    (error) =>
      `  ${error.instancePath || '/'} ${error.message ?? error.keyword} (${error.schemaPath}${
        Object.keys(error.params).length > 0 ? ` ${JSON.stringify(error.params)}` : ''
      })`,
  );
  const json = JSON.stringify(body, null, 2) ?? String(body);
  const excerpt = json.length > 2000 ? `${json.slice(0, 2000)}\n…` : json;
  return `not a valid JSON:API document:\n${lines.join('\n')}\ndocument:\n${excerpt}`;
}

/** Throws an AssertionError listing every schema violation unless `body` is a valid JSON:API document. */
export function expectValidJsonApiDocument(body: unknown): void {
  const errors = jsonApiDocumentErrors(body);
  if (errors.length > 0) {
    throw new AssertionError({ message: describeErrors(errors, body), actual: body });
  }
}

function toBeValidJsonApiDocument(this: jest.MatcherContext, received: unknown): jest.CustomMatcherResult {
  const errors = jsonApiDocumentErrors(received);
  const pass = errors.length === 0;
  return {
    pass,
    message: () =>
      pass
        ? `${this.utils.matcherHint('.not.toBeValidJsonApiDocument', 'received', '')}\n\nexpected a document that is NOT valid JSON:API`
        : `${this.utils.matcherHint('.toBeValidJsonApiDocument', 'received', '')}\n\n${describeErrors(errors, received)}`,
  };
}

expect.extend({ toBeValidJsonApiDocument });

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- augmenting @types/jest's global `expect`
  namespace jest {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unused-vars -- must repeat @types/jest's parameters
    interface Matchers<R, T = {}> {
      /** Passes when the received value is a valid JSON:API document (data, errors or meta). */
      toBeValidJsonApiDocument(): R;
    }
  }
}

declare module 'expect' {
  // `expect` from '@jest/globals'.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- must repeat expect's parameters
  interface Matchers<R extends void | Promise<void>, T = unknown> {
    /** Passes when the received value is a valid JSON:API document (data, errors or meta). */
    toBeValidJsonApiDocument(): R;
  }
}
