import { HTTP_CODE_METADATA } from '@nestjs/common/constants.js';
import type { GlueConvention } from '../convention/glue-convention.js';
import { isRateLimited } from '../rate-limit/rate-limit-account.decorator.js';
import type { GlueRelationshipRegistry } from '../relationship/glue-relationship.registry.js';
import { GLUE_ATTRIBUTES_PARAMETER_METADATA } from '../resource/glue-params.decorator.js';
import type { GlueResourceDefinition } from '../resource/glue-resource.decorator.js';
import type { GlueRoute, RouteTable } from '../routing/route-table.js';
import type { GlueResourceDescription, GlueResultDescription, JsonSchema } from './api-description.js';
import { GLUE_ERROR_STATUSES_METADATA } from './api-description.decorators.js';
import { attributesClassSchema, type AttributesClass } from './attributes-class.schema.js';
import type {
  OpenApiMediaType,
  OpenApiOperation,
  OpenApiParameter,
  OpenApiReference,
  OpenApiResponse,
} from './openapi-document.js';
import { errorResponse } from './openapi-error-responses.js';
import { declaredSummary, resourceOperationSummary } from './operation-summary.js';
import { pathParameters, queryParameters } from './openapi-parameters.js';
import { addResultStatuses } from './result-statuses.js';
import type { SchemaComponents } from './schema-components.js';

/** What describing one route needs from the application. */
export interface OperationContext {
  readonly components: SchemaComponents;
  readonly routes: RouteTable;
  readonly relationships: GlueRelationshipRegistry;
  /** The application's conventions, in its order (errors raised before negotiation use them). */
  readonly conventions: readonly GlueConvention[];
  /** Conventions by name. */
  select(names: readonly string[], owner: string): readonly GlueConvention[];
  /** Header parameters every Glue route takes (`Store`, `Accept-Language`), as references. */
  readonly headerParameters: readonly OpenApiReference[];
  /** Whether any route may answer 404: an unknown `Store` header in Glue compatibility mode (`601`). */
  readonly unknownStoreNotFound: boolean;
  /** The name of the OAuth 2.0 security scheme, when the application has a token endpoint. */
  readonly oauthScheme: string | null;
  /** The application's ceiling on `page[limit]` (`GlueRequestLimits.maxPageLimit`). */
  readonly maxPageLimit: number;
  /** The application's Glue compatibility mode (`GlueApplicationOptions.glueCompatibility`): linkage arrays, transient resources' `null` id. */
  readonly glueCompatibility: boolean;
}

export const BEARER_SCHEME = 'bearerAuth';

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

const ETAG_HEADER = { description: 'A strong tag of the exact body sent.', schema: { type: 'string' } };

const PUBLIC_CACHE_CONTROL_HEADER = {
  description:
    '`public, max-age=N` (N configured per application) for an anonymous request; `no-store` for a request with `Authorization`.',
  schema: { type: 'string' },
};

const IF_NONE_MATCH: OpenApiParameter = {
  name: 'If-None-Match',
  in: 'header',
  description: 'The `ETag` of the copy the client holds: 304 without a body while it is current.',
  schema: { type: 'string' },
};

/** Whether the path ends with a parameter: the resource id, as the request-parsing step reads it. */
function endsWithId(path: string): boolean {
  return /\/:\w+$/.test(path);
}

/** An Express path (`/a/:id`) as an OpenAPI path template (`/a/{id}`). */
export function openApiPath(path: string): string {
  return path.replace(/:(\w+)/g, '{$1}');
}

/** The OpenAPI operation of one route, read from its declarations. */
export function describeOperation(route: GlueRoute, context: OperationContext): OpenApiOperation {
  const resource = route.resource;
  if (!resource) return describePlainOperation(route, context);
  const conventions = context.select(resource.conventions, `Resource "${resource.type}"`);
  const includes = conventions.some((convention) => convention.supportsIncludes === true);
  const status = successStatus(route);
  const result: GlueResultDescription = {
    resource: describeResource(resource.type, context),
    collection: route.collection !== null || (route.method === 'GET' && !endsWithId(route.path)),
    paginated: route.collection !== null,
    included: includes ? reachableTypes(resource.type, context) : [],
    glueCompatibility: context.glueCompatibility,
  };
  const body = BODY_METHODS.has(route.method)
    ? describeRequestBody(route, resource, conventions, context)
    : null;
  // 500 and 503 (an unreachable database or Redis) can happen anywhere.
  const statuses = new Set<number>([400, 406, 500, 503]);
  if (!route.access.public) statuses.add(401);
  if (route.access.scopes.length > 0) statuses.add(403);
  if (route.path.includes('/:') || context.unknownStoreNotFound) statuses.add(404);
  if (isRateLimited(route.method, route.access)) statuses.add(429);
  for (const each of body?.errorStatuses ?? []) statuses.add(each);
  for (const each of declaredErrorStatuses(route)) statuses.add(each);

  // A single resource read, and a public one (`@PublicCache()`, collections too), carries an ETag;
  // `If-None-Match` naming it is answered 304 (step 8).
  // RouteTable refuses `@PublicCache()` on anything but GET.
  const publicCache = route.publicCache !== null;
  const tagged = route.method === 'GET' && status === 200 && (!result.collection || publicCache);
  const success = successResponse(status, result, conventions, context);
  const cacheHeaders = {
    ...(tagged && { ETag: ETAG_HEADER }),
    ...(publicCache && { 'Cache-Control': PUBLIC_CACHE_CONTROL_HEADER }),
  };
  const responses: Record<string, OpenApiResponse> = {
    [String(status)]: tagged ? { ...success, headers: { ...success.headers, ...cacheHeaders } } : success,
    ...(tagged && {
      '304': {
        description: 'Not modified: `If-None-Match` names the current `ETag`. No body.',
        headers: cacheHeaders,
      },
    }),
  };
  for (const each of [...statuses].sort((a, b) => a - b)) {
    responses[String(each)] = errorResponse(each, conventions, context);
  }
  addResultStatuses(route, success, responses);
  return {
    operationId: `${resource.type}.${route.handlerName}`,
    summary: resourceOperationSummary(route, resource, result.collection),
    description: operationDescription(route, resource),
    tags: [resource.type],
    parameters: [
      ...pathParameters(route.path),
      ...(status === 204 ? [] : queryParameters(route, result, includes, context.maxPageLimit)),
      ...context.headerParameters,
      ...(tagged ? [IF_NONE_MATCH] : []),
    ],
    ...(body && { requestBody: { required: body.required, content: body.content } }),
    responses,
    ...security(route, context),
  };
}

/** A plain Nest route: its path, its access rule and the errors the pipeline can answer. */
function describePlainOperation(route: GlueRoute, context: OperationContext): OpenApiOperation {
  const responses: Record<string, OpenApiResponse> = { '200': { description: 'OK' } };
  if (!route.access.public) responses['401'] = errorResponse(401, [], context);
  if (route.access.scopes.length > 0) responses['403'] = errorResponse(403, [], context);
  if (isRateLimited(route.method, route.access)) responses['429'] = errorResponse(429, [], context);
  responses['500'] = errorResponse(500, [], context);
  responses['503'] = errorResponse(503, [], context);
  return {
    operationId: `${route.controller.name}.${route.handlerName}`,
    summary: declaredSummary(route) ?? `${route.method} ${openApiPath(route.path)}`,
    tags: [route.controller.name],
    parameters: pathParameters(route.path),
    responses,
    ...security(route, context),
  };
}

export function describeResource(type: string, context: OperationContext): GlueResourceDescription {
  const resource = context.routes.resourceType(type);
  const attributes = resource?.attributes;
  return {
    type,
    nullableId: context.glueCompatibility && resource?.transient === true,
    // TypeBox keeps its own bookkeeping under symbol keys; the document gets plain JSON.
    attributes: attributes
      ? context.components.hoistIdentified(JSON.parse(JSON.stringify(attributes)) as JsonSchema)
      : null,
    relationships: [...context.relationships.relationshipsOf(type).values()].map(
      ({ parentType, relatedType, name, cardinality }) => ({ parentType, relatedType, name, cardinality }),
    ),
  };
}

/** Every type an `include` path can reach from `type`, in the order first reached. */
function reachableTypes(type: string, context: OperationContext): GlueResourceDescription[] {
  const seen = new Set<string>();
  const queue = [type];
  for (let current = queue.shift(); current !== undefined; current = queue.shift()) {
    for (const relationship of context.relationships.relationshipsOf(current).values()) {
      if (seen.has(relationship.relatedType)) continue;
      seen.add(relationship.relatedType);
      queue.push(relationship.relatedType);
    }
  }
  return [...seen].map((each) => describeResource(each, context));
}

function successStatus(route: GlueRoute): number {
  const declared = Reflect.getMetadata(HTTP_CODE_METADATA, route.handler) as number | undefined;
  return declared ?? (route.method === 'POST' ? 201 : 200);
}

function successResponse(
  status: number,
  result: GlueResultDescription,
  conventions: readonly GlueConvention[],
  context: OperationContext,
): OpenApiResponse {
  if (status === 204) return { description: 'Done; no content.' };
  const content: Record<string, OpenApiMediaType> = {};
  let headers: Record<string, { description: string; schema: JsonSchema }> = {};
  for (const convention of conventions) {
    if (content[convention.mediaType]) continue;
    const described = convention.describeResult?.(result, context.components);
    content[convention.mediaType] = { schema: described?.schema ?? {} };
    headers = { ...headers, ...described?.headers };
  }
  if (status === 201) {
    headers['Location'] = {
      description: 'The URL of the created resource.',
      schema: { type: 'string', format: 'uri' },
    };
  }
  const what = result.collection
    ? `A page of ${result.resource.type}.`
    : `The ${result.resource.type} resource.`;
  return { description: what, ...(Object.keys(headers).length > 0 && { headers }), content };
}

interface DescribedRequestBody {
  readonly required: boolean;
  readonly content: Record<string, OpenApiMediaType>;
  readonly errorStatuses: readonly number[];
}

function describeRequestBody(
  route: GlueRoute,
  resource: GlueResourceDefinition,
  conventions: readonly GlueConvention[],
  context: OperationContext,
): DescribedRequestBody {
  const type = attributesClass(route);
  const attributes = type
    ? context.components.refForClass(type, () => attributesClassSchema(type, context.components))
    : { type: 'object', description: 'The route declares no attributes class.' };
  const description = {
    type: resource.type,
    method: route.method,
    idInPath: endsWithId(route.path),
    attributes,
  };
  const content: Record<string, OpenApiMediaType> = {};
  // A resource's own conflicts (a taken e-mail) come with its attributes class, as validation does.
  const statuses = new Set<number>([400, 413, 415, ...(type ? [409, 422] : [])]);
  for (const convention of conventions) {
    const described = convention.describeRequestBody?.(description, context.components);
    for (const mediaType of convention.requestMediaTypes ?? [convention.mediaType]) {
      content[mediaType] ??= { schema: described?.schema ?? {} };
    }
    for (const each of described?.errorStatuses ?? []) statuses.add(each);
  }
  return { required: type !== null, content, errorStatuses: [...statuses] };
}

/** The class of the handler's `@GlueAttributes()` parameter, if it has one. */
function attributesClass(route: GlueRoute): AttributesClass | null {
  const prototype = route.controller.prototype as object;
  const index = Reflect.getMetadata(GLUE_ATTRIBUTES_PARAMETER_METADATA, prototype, route.handlerName) as
    number | undefined;
  if (index === undefined) return null;
  const types = Reflect.getMetadata('design:paramtypes', prototype, route.handlerName) as
    readonly unknown[] | undefined;
  const type = types?.[index];
  return typeof type === 'function' && type !== Object ? (type as AttributesClass) : null;
}

function declaredErrorStatuses(route: GlueRoute): readonly number[] {
  return (Reflect.getMetadata(GLUE_ERROR_STATUSES_METADATA, route.handler) as number[] | undefined) ?? [];
}

function operationDescription(route: GlueRoute, resource: GlueResourceDefinition): string {
  const access = route.access.public
    ? 'Public.'
    : route.access.scopes.length > 0
      ? `Requires an access token with the scope(s) ${route.access.scopes.map((scope) => `\`${scope}\``).join(', ')}.`
      : 'Requires an access token.';
  const versions = resource.versions ?? [];
  const versioned =
    versions.length > 0
      ? ` Versions ${versions.join(', ')} (current: ${versions.at(-1) ?? ''}), chosen with the media type parameter \`version\`.`
      : '';
  return `${access}${versioned}`;
}

function security(
  route: GlueRoute,
  context: OperationContext,
): Pick<OpenApiOperation, 'security'> | Record<string, never> {
  if (route.access.public) return {};
  return {
    security: [
      { [BEARER_SCHEME]: [] },
      ...(context.oauthScheme ? [{ [context.oauthScheme]: [...route.access.scopes] }] : []),
    ],
  };
}
