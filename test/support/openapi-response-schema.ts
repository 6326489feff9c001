/**
 * Checks a response against its own operation in the OpenAPI document of the application that sent
 * it: the operation is matched by method and path template, the response by status (or `default`)
 * and media type, and the body is validated with Ajv (JSON Schema 2020-12, OpenAPI 3.1's dialect).
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import formats from 'ajv-formats';
import type { OpenApiDocument, OpenApiResponse } from '#glue-core';
import { AJV_LOGGER } from './ajv-logger.js';

/** What a test application sent. */
export interface SentResponse {
  readonly method: string;
  /** The request path, without the query. */
  readonly path: string;
  readonly status: number;
  readonly contentType: string;
  readonly body: unknown;
}

export interface OpenApiCheck {
  /** `GET /abstract-products/{sku} (abstract-products.get) → 200 application/vnd.api+json`. */
  readonly operation: string;
  /** Empty when the body is what the document says. */
  readonly problems: readonly string[];
}

interface MatchedPath {
  readonly template: string;
  readonly pattern: RegExp;
  readonly parameters: number;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;
const EMAIL = /^[^\s@]+@[^\s@]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class OpenApiResponseValidator {
  private readonly ajv = new Ajv2020({
    strict: false,
    allErrors: true,
    validateSchema: false,
    logger: AJV_LOGGER,
  });
  private readonly paths: readonly MatchedPath[];
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly document: OpenApiDocument) {
    this.ajv.addFormat(
      'date-time',
      (value: string) => DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)),
    );
    this.ajv.addFormat('email', EMAIL);
    // RFC 3986 as ajv-formats checks it: a link whose query keeps `[` or `]` is not a `uri`.
    formats.default(this.ajv, ['date', 'uri', 'uri-reference']);
    this.ajv.addFormat('uuid', UUID);
    this.ajv.addFormat('password', true);
    this.ajv.addSchema(document, 'openapi');
    this.paths = Object.keys(document.paths)
      .map((template) => ({
        template,
        pattern: new RegExp(
          `^${template
            .split(/\{[^}]+\}/)
            .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('[^/]+')}$`,
        ),
        parameters: (template.match(/\{/g) ?? []).length,
      }))
      // A literal segment wins over a parameter (`/refresh-tokens/mine` before `/{refreshToken}`).
      .sort((a, b) => a.parameters - b.parameters);
  }

  /**
   * The check of one response, or `null` when the document has nothing to say about it: no
   * operation for the path and method (the document's own routes), or a body it does not describe.
   */
  check(response: SentResponse): OpenApiCheck | null {
    const mediaType = response.contentType.split(';')[0]?.trim().toLowerCase() ?? '';
    const path = response.path.length > 1 ? response.path.replace(/\/+$/, '') : response.path;
    const matches = this.paths.filter((candidate) => candidate.pattern.test(path));
    const method = response.method.toLowerCase();
    const match = matches.find((candidate) => this.document.paths[candidate.template]?.[method]);
    let pointer: string;
    let label: string;
    let described: OpenApiResponse | undefined;
    if (match) {
      const operation = this.document.paths[match.template]?.[method];
      const status = String(response.status);
      described = operation?.responses[status] ?? operation?.responses['default'];
      const key = operation?.responses[status] ? status : 'default';
      pointer = `#/paths/${escape(match.template)}/${method}/responses/${key}`;
      label = `${response.method} ${match.template} (${operation?.operationId ?? '?'}) → ${response.status} ${mediaType}`;
      if (!described) {
        return {
          operation: label,
          problems: [`status ${response.status} is not documented for the operation`],
        };
      }
    } else if (response.status === 404 || response.status === 405) {
      // A routing miss: the document's shared responses describe it.
      const name = matches.length === 0 ? 'NotFound' : 'MethodNotAllowed';
      described = this.document.components.responses[name];
      pointer = `#/components/responses/${name}`;
      label = `${response.method} ${response.path} (routing miss, components.responses.${name}) → ${response.status} ${mediaType}`;
    } else {
      return null;
    }
    if (!described?.content?.[mediaType]) {
      return {
        operation: label,
        problems: [`the document describes no ${mediaType} body for this response`],
      };
    }
    const validate = this.validator(`${pointer}/content/${escape(mediaType)}/schema`);
    return { operation: label, problems: validate(response.body) ? [] : describe(validate.errors ?? []) };
  }

  private validator(pointer: string): ValidateFunction {
    let validate = this.compiled.get(pointer);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `openapi${pointer}` });
      this.compiled.set(pointer, validate);
    }
    return validate;
  }
}

/** A JSON pointer segment (RFC 6901). */
function escape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function describe(errors: readonly ErrorObject[]): string[] {
  return errors.map(
    (error) =>
      `at ${error.instancePath || '/'}: ${error.message ?? error.keyword}${
        Object.keys(error.params).length > 0 ? ` ${JSON.stringify(error.params)}` : ''
      } (schema ${error.schemaPath.replace(/^openapi#/, '#')})`,
  );
}
