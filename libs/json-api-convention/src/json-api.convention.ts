import { Injectable } from '@nestjs/common';
import {
  attributeJsonPointer,
  type GlueBodyDescription,
  type GlueBodyTarget,
  type GlueConvention,
  type GlueError,
  type GlueFormattedResponse,
  type GlueIncludes,
  type GlueRequest,
  type GlueRequestBody,
  type GlueRequestBodyDescription,
  type GlueRequestBodySchema,
  type GlueResult,
  type GlueResultDescription,
  type GlueSchemaComponents,
  type JsonSchema,
} from '#glue-core';
import { formatJsonApiErrors } from './errors/json-api-error.formatter.js';
import {
  describeJsonApiErrors,
  describeJsonApiRequestBody,
  describeJsonApiResult,
} from './openapi/json-api.description.js';
import { isJsonApiDocument, readJsonApiDocument } from './request/json-api-document.reader.js';
import { buildJsonApiDocument } from './response/json-api-document.builder.js';

export const JSON_API_CONVENTION_NAME = 'json-api';
export const JSON_API_MEDIA_TYPE = 'application/vnd.api+json';

/** Media type parameters JSON:API 1.1 allows (plus `version`, which selects a resource version). */
const ALLOWED_PARAMETERS = new Set(['ext', 'profile', 'version']);

/** The JSON:API 1.1 convention (`application/vnd.api+json`). */
@Injectable()
export class JsonApiConvention implements GlueConvention {
  readonly name = JSON_API_CONVENTION_NAME;
  readonly mediaType = JSON_API_MEDIA_TYPE;
  readonly supportsIncludes = true;
  /**
   * JSON:API extensions served (URIs, as `ext` names them): none yet, so a `Content-Type` naming
   * one is 415 and an `Accept` naming only them is 406. Supporting one (the Atomic Operations
   * extension, `https://jsonapi.org/ext/atomic`) starts with listing its URI here.
   */
  readonly extensions: readonly string[] = [];
  /** Glue compatibility mode: Glue clients label their documents so (glue-reference.md). */
  readonly glueRequestMediaTypes = ['application/json', 'text/plain'];

  acceptsParameters(parameters: Readonly<Record<string, string>>): boolean {
    return Object.keys(parameters).every((name) => ALLOWED_PARAMETERS.has(name));
  }

  isDocument(body: unknown): boolean {
    return isJsonApiDocument(body);
  }

  readBody(body: unknown, target: GlueBodyTarget): GlueRequestBody {
    return readJsonApiDocument(body, target);
  }

  attributePointer(attributePath: string): string {
    return attributeJsonPointer(attributePath, '/data/attributes');
  }

  formatResult(
    result: NonNullable<GlueResult>,
    request: GlueRequest,
    includes?: GlueIncludes,
  ): GlueFormattedResponse {
    return { body: buildJsonApiDocument(result, request, includes) };
  }

  formatErrors(errors: readonly GlueError[], self: string): unknown {
    return { ...formatJsonApiErrors(errors), links: { self } };
  }

  describeResult(result: GlueResultDescription, components: GlueSchemaComponents): GlueBodyDescription {
    return describeJsonApiResult(result, components);
  }

  describeRequestBody(body: GlueRequestBodyDescription): GlueRequestBodySchema {
    return describeJsonApiRequestBody(body);
  }

  describeErrors(components: GlueSchemaComponents): JsonSchema {
    return describeJsonApiErrors(components);
  }
}
