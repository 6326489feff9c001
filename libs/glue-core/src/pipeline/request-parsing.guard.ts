import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import {
  CUSTOMER_IDENTITY_KIND,
  USER_IDENTITY_KIND,
  type GlueRequest,
  type QueryValue,
} from '../context/glue-request.js';
import { getRequestContext, type GlueRequestContext } from '../context/request-context.js';
import { GlueHttpException } from '../errors/glue-http.exception.js';
import { GlueErrorCode } from '../errors/glue-error.js';
import { AdmissionQueue, GLUE_INCLUDE_ADMISSION, type AdmissionRelease } from '../limits/admission-queue.js';
import {
  GlueRelationshipRegistry,
  type GlueIncludePlan,
} from '../relationship/glue-relationship.registry.js';
import { parseQuery } from '../request/query.parser.js';
import { RouteTable } from '../routing/route-table.js';
import {
  GLUE_COLLECTION_QUERY_METADATA,
  GLUE_RESOURCE_METADATA,
  GLUE_RESOURCE_QUERY_METADATA,
  type CollectionQueryOptions,
  type GlueResourceDefinition,
  type ResourceQueryOptions,
} from '../resource/glue-resource.decorator.js';

/**
 * Step `parse`: request parsing. Builds the typed `GlueRequest` from the query (pagination, sorting,
 * filters, sparse fields, includes) and the body (read by the negotiated request convention), or
 * refuses the request with 400/403/409/413; and notes the route's `@PublicCache()` for response
 * formatting. A guard rather than an interceptor: it need not wrap the handler, and Nest's
 * interceptor chain costs measurable time on every request (ADR 0003).
 */
@Injectable()
export class RequestParsingGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly relationships: GlueRelationshipRegistry,
    private readonly routes: RouteTable,
    @Inject(GLUE_INCLUDE_ADMISSION) private readonly includeAdmission: AdmissionQueue,
  ) {}

  /** Field names per type, or `null` for a type served without an attribute declaration. */
  private readonly fieldsByType = new Map<string, ReadonlySet<string> | null>();

  /** Per handler, the query names it reads itself. */
  private readonly ownNamesByHandler = new WeakMap<object, ReadonlySet<string>>();

  canActivate(execution: ExecutionContext): boolean | Promise<boolean> {
    const resource = this.reflector.get<GlueResourceDefinition | undefined>(
      GLUE_RESOURCE_METADATA,
      execution.getClass(),
    );
    if (resource) {
      const request = execution.switchToHttp().getRequest<Request>();
      const context = getRequestContext(request);
      const collection = this.reflector.get<CollectionQueryOptions | undefined>(
        GLUE_COLLECTION_QUERY_METADATA,
        execution.getHandler(),
      );
      const own = this.ownQueryNames(execution.getHandler());
      const glueRequest = buildGlueRequest(request, context, resource, collection, own);
      this.checkSparseFields(glueRequest.fields);
      context.includePlan = this.includePlan(glueRequest, context);
      context.publicCacheControl = this.routes.publicCacheControl(execution.getHandler());
      context.glueRequest = glueRequest;
      if (context.includePlan) {
        return this.admitInclude(context, execution.switchToHttp().getResponse<Response>());
      }
    }
    return true;
  }

  /**
   * A request with an `include` waits for its turn (`maxConcurrentIncludes`) before its handler
   * runs, and holds it until its reply is handed to the socket (`sendReply`) or its client is gone;
   * with `maxQueuedIncludes` already waiting, it is refused at once (503, `Retry-After`), before any
   * facade is called. A client that does not read its response keeps no turn.
   */
  private admitInclude(context: GlueRequestContext, response: Response): boolean | Promise<boolean> {
    const admission = this.includeAdmission.admit();
    if (admission.state === 'refused') throw busy(this.includeAdmission);
    const hold = (release: AdmissionRelease): true => {
      context.includeTurn = release;
      response.once('close', release);
      return true;
    };
    if (admission.state === 'admitted') return hold(admission.release);
    let gone = false;
    const leave = (): void => {
      gone = true;
      admission.cancel();
    };
    response.once('close', leave);
    return admission.admitted.then((release: AdmissionRelease) => {
      response.off('close', leave);
      if (gone) {
        release();
        throw busy(this.includeAdmission);
      }
      return hold(release);
    });
  }

  /** Names of the query parameters a handler reads itself (`@ResourceQuery`), built once per handler. */
  private ownQueryNames(handler: object): ReadonlySet<string> {
    let names = this.ownNamesByHandler.get(handler);
    if (!names) {
      const declared = this.reflector.get<ResourceQueryOptions | undefined>(
        GLUE_RESOURCE_QUERY_METADATA,
        handler as () => unknown,
      );
      names = new Set(declared?.parameters.map((parameter) => parameter.name));
      this.ownNamesByHandler.set(handler, names);
    }
    return names;
  }

  /** `fields[type]` must name a type the application serves and fields that type has (400). */
  private checkSparseFields(fields: GlueRequest['fields']): void {
    for (const [type, names] of Object.entries(fields)) {
      const parameter = `fields[${type}]`;
      const known = this.fieldsOf(type);
      if (known === undefined) {
        throw GlueHttpException.invalidParameter(parameter, `"${type}" is not a resource type of this API.`);
      }
      const unknown = known && names.find((name) => !known.has(name));
      if (unknown) {
        throw GlueHttpException.invalidParameter(
          parameter,
          `"${unknown}" is not a field of ${type}. Fields: ${[...(known ?? [])].join(', ')}.`,
        );
      }
    }
  }

  /** Attributes and relationship names of a type; `null` when undeclared, `undefined` when unknown. */
  private fieldsOf(type: string): ReadonlySet<string> | null | undefined {
    if (this.fieldsByType.has(type)) return this.fieldsByType.get(type);
    const resource = this.routes.resourceType(type);
    const relationships = this.relationships.relationshipsOf(type);
    const related = this.relationships.all().some((relationship) => relationship.relatedType === type);
    if (!resource && !related) return undefined;
    const properties = resource?.attributes?.properties;
    const fields = properties ? new Set([...Object.keys(properties), ...relationships.keys()]) : null;
    this.fieldsByType.set(type, fields);
    return fields;
  }

  /**
   * `include` as loaders; only a convention that can show relationships takes it. Strict, an
   * unknown path is 400; Glue mode, names resolve by type and what matches nothing is ignored
   * (`GlueRelationshipRegistry.includePlan`), so a request that selects nothing waits for no turn.
   */
  private includePlan(request: GlueRequest, context: GlueRequestContext): GlueIncludePlan | null {
    if (request.include.length === 0) return null;
    if (context.response && !context.response.convention.supportsIncludes) {
      throw GlueHttpException.invalidParameter(
        'include',
        `${context.response.convention.mediaType} has no relationships; request JSON:API to use include.`,
      );
    }
    return this.relationships.includePlan(request.resource.type, request.include, request.glueCompatibility);
  }
}

function busy(queue: AdmissionQueue): GlueHttpException {
  return GlueHttpException.of(
    {
      status: 503,
      code: GlueErrorCode.ServiceUnavailable,
      title: 'Service unavailable',
      detail: `The server is busy with requests that include related resources (${queue.maxQueued} are waiting); try again shortly or include less.`,
      source: { parameter: 'include' },
    },
    { 'Retry-After': '1' },
  );
}

function buildGlueRequest(
  request: Request,
  context: GlueRequestContext,
  resource: GlueResourceDefinition,
  collection: CollectionQueryOptions | undefined,
  ownQueryNames: ReadonlySet<string>,
): GlueRequest {
  const queryFields = request.query as Readonly<Record<string, QueryValue | undefined>>;
  const query = parseQuery(
    queryFields,
    resource.type,
    collection,
    context.limits.maxPageLimit,
    context.glueCompatibility,
    ownQueryNames,
  );
  const id = routeResourceId(request);
  let attributes: Readonly<Record<string, unknown>> | null = null;
  if (context.bodyError) throw GlueHttpException.of(context.bodyError);
  if (context.body) {
    const body = context.body.convention.readBody(request.body, {
      type: resource.type,
      id,
      method: request.method,
      glueCompatibility: context.glueCompatibility,
    });
    attributes = body.attributes;
  }
  const response = context.response;
  return {
    application: context.application,
    glueCompatibility: context.glueCompatibility,
    baseUrl: context.baseUrl,
    path: request.path,
    method: request.method,
    locale: context.locale,
    store: context.store,
    queryFields: queryFields as Readonly<Record<string, QueryValue>>,
    ...query,
    resource: { type: resource.type, id },
    attributes,
    content: request.body as unknown,
    meta: headersOf(request),
    requestedFormat: request.header('content-type') ?? null,
    acceptedFormat: response?.convention.mediaType ?? '',
    convention: response?.convention.name ?? '',
    version: context.version,
    identity: context.identity,
    requestUser: context.identity?.kind === USER_IDENTITY_KIND ? context.identity : null,
    requestCustomer: context.identity?.kind === CUSTOMER_IDENTITY_KIND ? context.identity : null,
  };
}

/** The id in the URL: the route's last path parameter, when the route ends with one. */
function routeResourceId(request: Request): string | null {
  const routePath = (request.route as { path?: unknown } | undefined)?.path;
  if (typeof routePath !== 'string') return null;
  const last = routePath.split('/').pop() ?? '';
  if (!last.startsWith(':')) return null;
  const value = (request.params as Record<string, string | undefined>)[last.slice(1)];
  return value ?? null;
}

function headersOf(request: Request): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}
